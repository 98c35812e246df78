import { describe, expect, it } from 'vitest';
import { acceptAttribute, readPickedFiles } from './pickFiles';

describe('readPickedFiles', () => {
  it('reads every file with its name, bytes and time', async () => {
    const files = [new File(['From: a'], '申请-张三.eml', { lastModified: 1_770_000_000_000 }), new File(['From: b'], 'b.eml')];
    const answer = await readPickedFiles(files);
    expect(answer).toMatchObject({ ok: true, value: [{ name: '申请-张三.eml', lastModified: 1_770_000_000_000 }, { name: 'b.eml' }] });
    if (answer.ok) expect(new TextDecoder().decode(answer.value[0]?.bytes)).toBe('From: a');
  });

  it('refuses the whole pick when one file is over the limit', async () => {
    const answer = await readPickedFiles([new File(['x'.repeat(10)], 'a.eml'), new File(['x'.repeat(101)], '张三.eml')], 100);
    expect(answer).toEqual({ ok: false, error: { code: 'too-large', detail: '1 of 2 files over 100 bytes' } });
  });

  it('refuses when the files together are over the limit', async () => {
    const answer = await readPickedFiles([new File(['x'.repeat(60)], 'a.eml'), new File(['x'.repeat(60)], 'b.eml')], 100);
    expect(answer).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('answers cancelled for an empty pick', async () => {
    await expect(readPickedFiles([])).resolves.toEqual({ ok: false, error: { code: 'cancelled' } });
  });
});

describe('acceptAttribute', () => {
  it('lists the extensions once, or nothing when any file is allowed', () => {
    expect(acceptAttribute([{ name: 'Mail', extensions: ['eml', 'EML', 'msg'] }, { name: 'PDF', extensions: ['pdf'] }])).toBe('.eml,.msg,.pdf');
    expect(acceptAttribute([{ name: 'All', extensions: ['*'] }])).toBe('');
  });
});
