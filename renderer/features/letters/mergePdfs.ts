import { PDFDocument } from 'pdf-lib';

/**
 * The day's letters as one file, so the office prints them in one go (SPEC
 * §4). Each letter's pages are copied as they are, the visible signature
 * stamp included; the merged file is for the printer only — each letter's
 * own signed PDF stays the record, and this file carries no valid signature.
 */
export async function mergePdfs(files: readonly Uint8Array[], title: string): Promise<Uint8Array> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  merged.setTitle(title);
  merged.setCreator('CaseDesk');
  merged.setProducer('CaseDesk (pdf-lib)');
  for (const bytes of files) {
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
  }
  return merged.save();
}
