import type { CaseDeskDatabase } from '../../../renderer/db/database';
import { megabytesToBytes, DEFAULT_ATTACHMENT_LIMIT_MB } from '../../../renderer/db/intakeSettings';
import { runImport, type ImportPhase } from '../../../renderer/features/intake/runImport';
import { generateMail, type FixtureFile } from './mailGenerator';

/**
 * "A thousand emails import in under a minute, with a progress bar" (SPEC,
 * Quality): the import the 收件 screen runs — parse and plan in the intake
 * worker, lookups and writes in the store — over generated mail, and how
 * the UI thread fared meanwhile: its longest task (Long Tasks API), the
 * longest delay of a 10 ms timer (how long a click would have waited), and
 * the longest gap between animation frames (on a loaded machine the
 * compositor may skip frames for reasons of its own, so read it with the others). run.mjs bundles the worker module and
 * hands its code in, since this script itself is injected as one bundle.
 */
export function intakeBench(db: CaseDeskDatabase) {
  let workerUrl: string | undefined;
  return {
    setIntakeWorker(code: string) {
      workerUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    },
    async importMail(fixtures: FixtureFile[], count: number, fileTime: string) {
      if (!workerUrl) throw new Error('setIntakeWorker first');
      const url = workerUrl;
      const { files, bytes } = generateMail(fixtures, count, fileTime);

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
      let parsedAt = started;
      const report = await runImport({
        db,
        files: files.map((f) => ({ name: f.name, bytes: f.bytes, lastModified: f.lastModified })),
        createWorker: () => new Worker(url),
        actor: '基准测试',
        attachmentLimitBytes: megabytesToBytes(DEFAULT_ATTACHMENT_LIMIT_MB),
        wording: { unknownRequester: '身份不明（待审核）', failedSummary: (f) => `无法解析：${f.code}` },
        onPhase: (phase: ImportPhase) => {
          if (phase.phase === 'saving' && phase.done === 0) parsedAt = performance.now();
        },
      });
      const totalMs = performance.now() - started;
      running = false;
      observer.disconnect();
      clearInterval(heartbeat);
      const documents = await db.documents.count();
      return {
        messages: files.length,
        megabytes: bytes / 1024 / 1024,
        totalMs,
        parseMs: parsedAt - started,
        saveMs: totalMs - (parsedAt - started),
        longestFrameGapMs: longestGap,
        longestLagMs: longestLag,
        longestTaskMs: Math.max(0, ...longTasks.map((t) => t.ms)),
        tasksOver50ms: longTasks.length,
        frames,
        documents,
        counts: report.counts,
        longTasks: longTasks.map((t) => ({ at: Math.round(t.at - started), ms: Math.round(t.ms) })),
        parsedAtMs: Math.round(parsedAt - started),
      };
    },
  };
}
