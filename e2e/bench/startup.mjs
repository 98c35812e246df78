// Start-up as a newcomer meets it: a fresh profile (no store, nothing cached)
// navigates to the web host; how long until the first-run form can be used,
// and how many bytes were fetched before the first paint and by then. The
// median of three fresh profiles.

/** The figures of one fresh profile. */
async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: '载入示例数据' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('您的姓名').waitFor({ timeout: 60_000 });
    // the form is drawn in its font: wait for the faces it asked for (what a person sees as "ready")
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.evaluate(() => {
      const formMs = performance.now();
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? formMs;
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      const size = (e) => e.encodedBodySize || e.transferSize || 0;
      const before = entries.filter((e) => e.responseEnd <= paint);
      const largest = [...entries]
        .sort((a, b) => size(b) - size(a))
        .slice(0, 3)
        .map((e) => `${e.name.split('/').pop()} ${(size(e) / 1e3).toFixed(0)} KB`)
        .join(', ');
      return {
        formMs,
        firstPaintMs: paint,
        bytesBeforePaint: before.reduce((sum, e) => sum + size(e), 0),
        bytesByForm: entries.reduce((sum, e) => sum + size(e), 0),
        requests: entries.length,
        largest,
      };
    });
  } finally {
    await context.close();
  }
}

export async function measureStartup({ browser, url }) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await once(browser, url));
  return runs.sort((a, b) => a.formMs - b.formMs)[1];
}
