// The intake figures of npm run bench (issues 12 and 15): 1,000 emails
// (CASEDESK_BENCH_MAIL) through the path the 收件 screen takes, beside their
// floor — bare postal-mime over the same mails in the same page — as a ratio,
// with the machine's load average; then the hostile shapes of issue 12 at
// 1 MB (CASEDESK_BENCH_SHAPE_KB), each with its time (see browser/intakeBench.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');
const MAIL = path.join(root, 'e2e/fixtures/mail');
const SHAPE_KB = Number(process.env.CASEDESK_BENCH_SHAPE_KB ?? 1024);

async function bundle(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'chrome120', logLevel: 'warning' });
  return out.outputFiles[0].text;
}

export async function benchIntake({ browser, url, benchScript, count }) {
  const worker = await bundle(path.join(root, 'renderer/workers/intakeWorker.ts'));
  const floorWorker = await bundle(path.join(import.meta.dirname, 'browser/postalWorker.ts'));
  const fixtures = readdirSync(MAIL)
    .filter((f) => f.endsWith('.eml'))
    .map((name) => ({ name, base64: readFileSync(path.join(MAIL, name)).toString('base64') }));
  const { fileTime } = JSON.parse(readFileSync(path.join(MAIL, 'expected.json'), 'utf8'));

  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: benchScript });
    await page.evaluate(([code, floor]) => window.casedeskBench.setIntakeWorker(code, floor), [worker, floorWorker]);
    const load = loadavg().map((l) => l.toFixed(2)).join(' ');
    const r = await page.evaluate(([f, n, t]) => window.casedeskBench.importMail(f, n, t), [fixtures, count, fileTime]);
    if (process.env.CASEDESK_BENCH_DEBUG) console.info(JSON.stringify({ longTasks: r.longTasks, dbg: r.dbg }));
    const shapes = await page.evaluate((kb) => window.casedeskBench.shapes(kb * 1024), SHAPE_KB);
    return {
      import: {
        'load avg (1/5/15 min)': load,
        emails: r.messages,
        'MB of mail': r.megabytes.toFixed(0),
        'import (s)': (r.totalMs / 1000).toFixed(1),
        'floor: bare postal-mime (s)': (r.floorMs / 1000).toFixed(1),
        'ratio (≤ 2)': (r.totalMs / r.floorMs).toFixed(2),
        'first case saved (s)': (r.firstSavedMs / 1000).toFixed(1),
        'longest UI task (ms)': r.longestTaskMs.toFixed(0),
        'UI tasks > 100 ms': r.tasksOver100ms,
        'longest timer delay (ms)': r.longestLagMs.toFixed(0),
        'longest frame gap (ms)': r.longestFrameGapMs.toFixed(0),
        created: r.counts.created,
        joined: r.counts.joined,
        duplicates: r.counts.duplicates,
        failed: r.counts.failed,
        'not saved': r.counts.notSaved,
        documents: r.documents,
      },
      shapes: shapes.map((s) => ({ [`hostile shape (${SHAPE_KB} KB)`]: s.shape, KB: s.kb, 'parse (ms)': s.parseMs.toFixed(0), 'sanitise (ms)': s.sanitiseMs.toFixed(0), outcome: s.outcome })),
    };
  } finally {
    await context.close();
  }
}
