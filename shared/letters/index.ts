/**
 * The response-letter pipeline (SPEC §4, issue 6): templates as data, merge,
 * layout and PDF rendering, signing and verification. Pure code: it runs
 * unchanged in the renderer, the web host and Electron's main process; the
 * caller hands in font bytes, images and the signer.
 */
export * from './content';
export * from './company';
export * from './compose';
export { caseFileContent, type CaseFileInput, type CaseFileDocument, type CaseFileLetter } from './caseFile';
export { letterWarnings, kindMismatch, pastPromisedDates, speaksOfVerificationToCome, type LetterWarning, type LetterCheckInput, type KindMismatch } from './checks/letterChecks';
export { formatLetterDate, formatLetterTime } from './dates';
export * from './messages';
export { loadLetterFonts, loadFace, fontChain, findMissingGlyph, chainLacks, type LetterFonts, type LetterFontBytes, type FontChain, type FontFace, type MissingGlyph } from './layout/fonts';
export { checkFontFile, type FontFileInfo, type FontFileProblem } from './layout/fontFile';
export { breakLines, atomize, NO_LINE_START, NO_LINE_END, type Line } from './layout/lineBreak';
export { renderLetter, printedTexts, type LetterImages, type RenderOptions, type RenderResult } from './pdf/renderLetter';
export { signingReason } from './pdf/labels';
export type { RenderError } from './pdf/errors';
export { DEFAULT_CONTENTS_BYTES, type SignatureRequest } from './signing/placeholder';
export { signPreparedPdf, type SignError, type SignResult } from './signing/signPdf';
export { buildSignedData, type CmsSigner, type SubFilter } from './signing/cms';
export { openPkcs12, pkcs12PrivateKeyPkcs8, summarize, type OpenedSigner, type OpenResult, type Pkcs12Problem, type SignerSummary } from './signing/pkcs12';
export { certificateNameCheck, looksGarbled, type CertificateNameCheck } from './signing/certificateName';
export { MIN_PIN_LENGTH, MAX_PIN_LENGTH } from './signing/pinWrap';
export { parseCertificate, signingProblem, type CertificateInfo, type CertificateProblem } from './signing/certificate';
export { verifyPdf, type PdfVerification, type SignatureVerdict, type VerifyProblem } from './signing/verify';
export * from './templates/schema';
export { mergeFieldKinds, mergeFieldNames, type LetterData, type MergeFieldName } from './templates/mergeFields';
export { fieldsIn } from './templates/mergeSyntax';
export { mergeLetter, clauseVariant, fieldValue, REQUIRED_FIELDS, type MergeOptions, type MergeResult, type MissingField } from './templates/merge';
export { DEFAULT_CLAUSES } from './templates/defaultClauses';
export { letterPeriodFrom, periodStatement, type LetterPeriod, type PeriodRule } from './templates/period';
export { DEFAULT_TEMPLATES, DEFAULT_TEMPLATE_SET } from './templates/defaultTemplates';
