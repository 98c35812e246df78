import { sha256 } from '@noble/hashes/sha2.js';
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * PDF/A-2b (ISO 19005-2, level B) for letters kept as records (issue 13):
 * an XMP metadata packet that says so and repeats the document information
 * (title, author, subject, tool, producer, dates) exactly, an sRGB output
 * intent for the DeviceRGB colours, a file identifier, and — as every letter
 * already has — every font embedded. pdf-lib writes the rest as PDF/A-2
 * allows (transparency, the signature widget with its appearance, PDF 1.7).
 */
export interface PdfAInfo {
  title: string;
  author: string;
  subject: string;
  creator: string;
  producer: string;
  language: string;
  created: Date;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** XMP dates: what pdf-lib writes as `D:20260928023000Z`, to the second, in UTC. */
const xmpDate = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

export function xmpPacket(info: PdfAInfo): string {
  const date = xmpDate(info.created);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<pdfaid:part>2</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(info.language)}</rdf:li></rdf:Bag></dc:language>`,
    '<dc:format>application/pdf</dc:format>',
    `<xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<pdf:Producer>${xml(info.producer)}</pdf:Producer>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** The document information dictionary every letter carries, PDF/A or not. */
export function setDocumentInfo(doc: PDFDocument, info: PdfAInfo): void {
  doc.setTitle(info.title);
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  doc.setLanguage(info.language);
  doc.setCreationDate(info.created);
  doc.setModificationDate(info.created);
}

/**
 * Makes `doc` a PDF/A-2b file: sets the document information from `info`,
 * adds the XMP packet (unfiltered, as the standard wants it readable), the
 * sRGB output intent with `iccProfile`, and a file identifier derived from the
 * content's identity (the same letter gives the same bytes).
 */
export function makePdfA(doc: PDFDocument, info: PdfAInfo, iccProfile: Uint8Array): void {
  setDocumentInfo(doc, info);

  const xmp = new TextEncoder().encode(xmpPacket(info));
  const metadata = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));

  const icc = doc.context.stream(iccProfile, { N: 3, Length: iccProfile.length });
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: doc.context.register(icc),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([doc.context.register(intent)]));

  // ISO 32000-1 14.4: the file identifier, required by PDF/A
  const id = Array.from(sha256(new TextEncoder().encode(`${info.title}|${info.subject}|${info.created.getTime()}`)).subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
