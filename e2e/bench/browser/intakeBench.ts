import { parseEmail, sanitiseMailHtml } from '../../../shared/intake';
import { hostileShapes, latin1Bytes } from '../../../shared/intake/test-support/hostileMail';
import type { CaseDeskDatabase } from '../../../renderer/db/database';
import { megabytesToBytes, DEFAULT_ATTACHMENT_LIMIT_MB } from '../../../renderer/db/intakeSettings';
import { importMailFiles } from '../../../renderer/features/intake/runImport';
import { generateMail, type FixtureFile } from './mailGenerator';

/**
 * "A thousand emails import in under a minute, with a progress bar" (SPEC,
 * Quality): the import the 收件 screen runs — queue, parse in the intake
 * worker, plan and write chunk by chunk as parsed (issue 12) — over generated
 * mail, beside its floor (issue 15): bare postal-mime over the same mails in
 * a worker of the same page. Meanwhile, how the UI thread fared: its longest
 * task (Long Tasks API), the longest delay of a 10 ms timer (how long a click
 * would have waited), and the longest gap between animation frames. run.mjs
 * bundles the two worker modules and hands their code in, since this script
 * itself is injected as one bundle. `shapes` times the hostile shapes of
 * issue 12 at a given size: parse and, for HTML, the viewer's sanitising.
 */
export function intakeBench(db: CaseDeskDatabase) {
  let workerUrl: string | undefined;
  let floorUrl: string | undefined;
  return {
    setIntakeWorker(code: string, floorCode: string) {
      workerUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      floorUrl = URL.createObjectURL(new Blob([floorCode], { type: 'text/javascript' }));
    },
    async importMail(fixtures: FixtureFile[], count: number, fileTime: string) {
      if (!workerUrl || !floorUrl) throw new Error('setIntakeWorker first');
      const url = workerUrl;

      // the floor first: the same bytes, copied to a worker that only runs postal-mime
      const floorMail = generateMail(fixtures, count, fileTime);
      const floor = await new Promise<{ ms: number; parsed: number }>((resolve) => {
        const worker = new Worker(floorUrl!);
        worker.onmessage = (event) => {
          worker.terminate();
          resolve(event.data as { ms: number; parsed: number });
        };
        worker.postMessage({ files: floorMail.files.map((f) => f.bytes) });
      });

      const { files, bytes } = generateMail(fixtures, count, fileTime);
      // the generation above is one long task of the benchmark's own: let it end before the UI thread is watched
      await new Promise((resolve) => setTimeout(resolve, 100));
      let frames = 0;
      let longestGap = 0;
      let last = performance.now();
      let running = true;
      const tick = (now: number) => {
        frames++;
        longestGap = Math.max(longestGap, now - last);
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });

      // the event loop's lag: how late a 10 ms timer fires is how long a click would wait
      let longestLag = 0;
      let expected = performance.now() + 10;
      const heartbeat = setInterval(() => {
        const now = performance.now();
        longestLag = Math.max(longestLag, now - expected);
        expected = now + 10;
      }, 10);
      const longTasks: { at: number; ms: number }[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push({ at: e.startTime, ms: e.duration });
      });
      observer.observe({ type: 'longtask', buffered: false });
      const started = performance.now();
      let firstSavedAt: number | undefined;
      const report = await importMailFiles(
        {
          db,
          createWorker: () => new Worker(url),
          actor: '基准测试',
          attachmentLimitBytes: megabytesToBytes(DEFAULT_ATTACHMENT_LIMIT_MB),
          wording: { unknownRequester: '身份不明（待审核）', failedSummary: (f) => `无法解析：${f.code}` },
          onPhase: (phase) => {
            if (phase.saved > 0 && firstSavedAt === undefined) firstSavedAt = performance.now();
          },
        },
        files.map((f) => ({ name: f.name, bytes: f.bytes, lastModified: f.lastModified })),
      );
      const totalMs = performance.now() - started;
      running = false;
      observer.disconnect();
      clearInterval(heartbeat);
      const documents = await db.documents.count();
      return {
        messages: files.length,
        megabytes: bytes / 1024 / 1024,
        totalMs,
        floorMs: floor.ms,
        floorParsed: floor.parsed,
        firstSavedMs: (firstSavedAt ?? performance.now()) - started,
        longestFrameGapMs: longestGap,
        longestLagMs: longestLag,
        longestTaskMs: Math.max(0, ...longTasks.map((t) => t.ms)),
        tasksOver50ms: longTasks.length,
        tasksOver100ms: longTasks.filter((t) => t.ms > 100).length,
        frames,
        documents,
        counts: report.counts,
        longTasks: longTasks.map((t) => ({ at: Math.round(t.at - started), ms: Math.round(t.ms) })),
      };
    },
    /** Each hostile shape at `size` bytes: the parse, and the viewer's sanitising of what it gives. */
    async shapes(size: number) {
      const rows: { shape: string; kb: number; parseMs: number; sanitiseMs: number; outcome: string }[] = [];
      for (const [shape, make] of Object.entries(hostileShapes)) {
        const raw = latin1Bytes(make(size));
        const t0 = performance.now();
        const r = await parseEmail(raw, { fileName: 'shape.eml', companyDomains: ['solutioncl.com'] });
        const t1 = performance.now();
        if (r.ok && r.message.html) sanitiseMailHtml(r.message.html, r.message.attachments);
        const t2 = performance.now();
        rows.push({ shape, kb: Math.round(raw.length / 1024), parseMs: t1 - t0, sanitiseMs: t2 - t1, outcome: r.ok ? 'read' : r.failure.code });
      }
      return rows;
    },
  };
}
