// The backup figure of npm run bench (issue 11): a store of N cases, each
// with a blob, backed up and restored through the functions Settings calls,
// time and peak JS heap beside a floor measured in the same page (raw read
// of every stored blob; raw write of the same bytes). CASEDESK_BENCH_BACKUP
// is `cases:KB per blob` (default 2000:100, about 200 MB; the issue's
// figure is 10000:200, 2 GB).
export async function benchBackup({ browser, url, benchScript, spec = process.env.CASEDESK_BENCH_BACKUP ?? '2000:100', today }) {
  const [cases, blobKb] = spec.split(':').map(Number);
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: benchScript, type: 'module' });
    await page.waitForFunction(() => 'casedeskBench' in window);
    await page.evaluate(([n, kb, until]) => window.casedeskBench.backupSeed(n, kb, until), [cases, blobKb, today]);
    const r = await page.evaluate(() => window.casedeskBench.backupAndRestore());
    const mb = (b) => (b / 1048576).toFixed(1);
    const s = (ms) => (ms / 1000).toFixed(1);
    return {
      cases,
      'blobs (MB)': mb(r.storedBlobBytes),
      'file (MB)': mb(r.fileBytes),
      'backup (s)': s(r.backup.ms),
      'floor: raw read (s)': s(r.backupFloor.ms),
      'backup ratio': `${(r.backup.ms / r.backupFloor.ms).toFixed(1)}×`,
      'restore (s)': s(r.restore.ms),
      'floor: raw write (s)': s(r.restoreFloor.ms),
      'restore ratio': `${(r.restore.ms / r.restoreFloor.ms).toFixed(1)}×`,
      'peak heap backup / floor (MB)': `${mb(r.backup.peakBytes)} / ${mb(r.backupFloor.peakBytes)}`,
      'peak heap restore / floor (MB)': `${mb(r.restore.peakBytes)} / ${mb(r.restoreFloor.peakBytes)}`,
      'restored blobs': r.restoredBlobs,
    };
  } finally {
    await context.close();
  }
}
