// The intake figure of npm run bench: 1,000 emails (CASEDESK_BENCH_MAIL) through
// the path the 收件 screen takes — the intake worker parses and plans, the page
// looks up and writes — in a fresh profile, with the UI thread's longest gap
// between animation frames meanwhile (see browser/intakeBench.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');
const MAIL = path.join(root, 'e2e/fixtures/mail');

export async function benchIntake({ browser, url, benchScript, count }) {
  const worker = await build({
    entryPoints: [path.join(root, 'renderer/workers/intakeWorker.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'warning',
  });
  const fixtures = readdirSync(MAIL)
    .filter((f) => f.endsWith('.eml'))
    .map((name) => ({ name, base64: readFileSync(path.join(MAIL, name)).toString('base64') }));
  const { fileTime } = JSON.parse(readFileSync(path.join(MAIL, 'expected.json'), 'utf8'));

  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: benchScript });
    await page.evaluate((code) => window.casedeskBench.setIntakeWorker(code), worker.outputFiles[0].text);
    const r = await page.evaluate(([f, n, t]) => window.casedeskBench.importMail(f, n, t), [fixtures, count, fileTime]);
    if (process.env.CASEDESK_BENCH_DEBUG) console.info(JSON.stringify({ parsedAt: r.parsedAtMs, longTasks: r.longTasks }));
    return {
      emails: r.messages,
      'MB of mail': r.megabytes.toFixed(0),
      'import (s)': (r.totalMs / 1000).toFixed(1),
      'parse in worker (s)': (r.parseMs / 1000).toFixed(1),
      'store writes (s)': (r.saveMs / 1000).toFixed(1),
      'longest UI task (ms)': r.longestTaskMs.toFixed(0),
      'UI tasks > 50 ms': r.tasksOver50ms,
      'longest timer delay (ms)': r.longestLagMs.toFixed(0),
      'longest frame gap (ms)': r.longestFrameGapMs.toFixed(0),
      created: r.counts.created,
      joined: r.counts.joined,
      duplicates: r.counts.duplicates,
      failed: r.counts.failed,
      'not saved': r.counts.notSaved,
      documents: r.documents,
    };
  } finally {
    await context.close();
  }
}
