import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestPkcs12 } from '../test-support/certificates';
import { testFonts } from '../test-support/fonts';
import { pdffonts, pdfsig, run, writeTemp } from '../test-support/poppler';
import { sealPng, signaturePng } from '../test-support/png';
import { sampleLetter } from '../test-support/sampleLetters';
import { openPkcs12, type OpenedSigner } from '../signing/pkcs12';
import { signPreparedPdf } from '../signing/signPdf';
import { renderLetter } from './renderLetter';

/**
 * Issue 13: letters as PDF/A-2b. veraPDF cannot be had here; the checks are
 * the structure PDF/A-2b asks for (ISO 19005-2 6.6.2, 6.2.3, 6.1.3, 6.2.11),
 * read back with pdf-lib, and qpdf --check and poppler on the signed file.
 */
const icc = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../assets/icc/sRGB.icc', import.meta.url))));
const NOW = Date.UTC(2026, 8, 28, 2, 30);
let signer: OpenedSigner;

beforeAll(() => {
  const opened = openPkcs12(makeTestPkcs12().p12, 'test-password', NOW);
  if (!opened.ok) throw new Error(opened.problem);
  signer = opened.value;
});

describe('PDF/A-2b letters', () => {
  it('carries XMP that says PDF/A-2B and repeats the document information, an sRGB output intent, an ID and embedded fonts; signed, it stays valid', async () => {
    const content = sampleLetter('refusal', 'bilingual');
    const rendered = await renderLetter(content, {
      fonts: testFonts(),
      images: { seal: sealPng(), signature: signaturePng() },
      pdfa: { iccProfile: icc },
      sign: { signerName: '王敏', reason: '答复函签署 / Response letter', location: '浙江宁波', contactInfo: 'legal@solutioncl.com', signingTime: NOW },
    });
    if (!rendered.ok) throw new Error(JSON.stringify(rendered.error));
    const signed = await signPreparedPdf(rendered.pdf, signer.signer);
    if (!signed.ok) throw new Error(JSON.stringify(signed.error));
    const path = writeTemp(signed.pdf, 'pdfa.pdf');

    const doc = await PDFDocument.load(signed.pdf, { updateMetadata: false });
    const metadata = doc.catalog.lookup(PDFName.of('Metadata'));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const stream = metadata as PDFRawStream;
    expect(stream.dict.get(PDFName.of('Filter'))).toBeUndefined(); // readable without decoding
    const xmp = new TextDecoder().decode(stream.contents);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${doc.getTitle()}</rdf:li>`);
    expect(xmp).toContain(`<rdf:li>${doc.getAuthor()}</rdf:li>`);
    expect(xmp).toContain(`<xmp:CreateDate>${doc.getCreationDate()?.toISOString().slice(0, 19)}Z</xmp:CreateDate>`);
    expect(xmp).toContain(`<pdf:Producer>${doc.getProducer()}</pdf:Producer>`);

    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFA1');
    const profile = intent.lookup(PDFName.of('DestOutputProfile'));
    if (!(profile instanceof PDFRawStream)) throw new Error('no ICC profile stream');
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    expect(profile.contents).toEqual(icc);
    expect(new TextDecoder('latin1').decode(signed.pdf)).toMatch(/\/ID \[ ?<[0-9A-Fa-f]{32}> ?<[0-9A-Fa-f]{32}> ?\]/);

    // every font embedded (PDF/A 6.2.11.4), poppler content, qpdf content with the structure
    for (const row of pdffonts(path).stdout.trim().split('\n').slice(2)) expect(row).toMatch(/\s+yes yes yes\s/);
    const info = run('pdfinfo', [path]).stdout;
    expect(info).toMatch(/PDF version:\s+1\.7/);
    const qpdf = run('qpdf', ['--check', path]);
    expect(qpdf.stdout + qpdf.stderr).toContain('No syntax or stream encoding errors found');
    expect(pdfsig(path).stdout).toContain('Signature Validation: Signature is Valid.');
    expect(pdfsig(path).stdout).toContain('Total document signed');
  }, 30_000);
});
