/**
 * Breach notification (SPEC §5, issue 7): grading, the obligations and
 * their clocks, the drafts and their completeness, SMS cost, the list of
 * affected people, and what is exported for them. Pure code: the renderer
 * stores and shows, this decides.
 */
export * from './vocabulary';
export * from './grading';
export * from './clocks';
export * from './obligations';
export * from './sms';
export { DRAFT_DEFINITIONS, ELEMENT_SOURCES, draftElementIds, elementSourceIds, requiredElements, type DraftContext, type DraftElementId, type DraftLanguage, type ElementSourceId } from './drafts/elements';
export { checkDraft, type CompletenessResult, type MissingElement, type MissingProblem } from './drafts/completeness';
export { draftContext, draftKindsFor, generateDraft, reportStage, viewDraft, type DraftInputs, type DraftView } from './drafts/generate';
export { EMAIL_SUBJECT_ZH, ANNOUNCEMENT_TITLE_ZH } from './drafts/notice';
export { groupDigits } from './drafts/format';
export { importPeople, PeopleCollector, affectedPersonSchema, rowProblemIds, type AffectedPerson, type FieldName, type PeopleImportReport, type PeopleImportResult, type RowProblem } from './people/importPeople';
export { normaliseEmail, normaliseMobile } from './people/contacts';
export { decodeText, type TextEncodingId } from './people/decodeText';
export { smsPlatformCsv } from './export/smsCsv';
export { emlDraftsZip, safeFileName } from './export/emlDrafts';
export { draftLetterContent, type Signatory } from './export/noticeContent';
export { personalNoticeLetters } from './export/personalNotices';
export { renderLetterBatch, type BatchResult } from './export/noticeBatchPdf';
export { incidentPeopleListSchema, peopleImportReportSchema, type IncidentPeopleList, type StoredImportReport } from './people/peopleList';
