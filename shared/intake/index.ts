/**
 * Intake of email (SPEC §1, issue 4): parsing .eml and .mbox files, the time
 * of receipt, threading and duplicates, the request-type and EEA suggestions,
 * requester matching, and the bulk-import planner. Pure: runs in the
 * renderer, in a Web Worker and in Node alike.
 */
export * from './parsedMessage';
export { parseEmail, looksLikeMessage } from './parseEmail';
export { parseMailFile, readMailFile, isOutlookMsg, mailUnits, parseUnit, fileFailure, messageOptions, type MailFile, type MailFileOptions, type MailUnit, type OutlookReader } from './mailFile';
export { intakeSourceSchema, sourceKey, type IntakeSource } from './intakeSource';
export { contentDigest } from './contentDigest';
export { jsSha256, type Sha256 } from './digest';
export { splitMbox, looksLikeMbox, unescapeFromLines, type MboxMessage } from './mbox';
export { parseMailDate } from './mailDate';
export { parseReceivedHeader, isCompanyHost, resolveReceiptTime, type ReceiptTime, type ReceivedStamp } from './receivedAt';
export { normaliseMessageId, parseMessageIdList } from './messageIds';
export { safeFileName } from './fileNames';
export { htmlToPlainText } from './htmlText';
export * from './threading';
export * from './classify';
export { keywordRules, typePriority, type KeywordRule } from './requestTypeKeywords';
export * from './eea';
export { guessLanguage } from './language';
export { classifyMessage, type MessageClassification } from './messageClassification';
export * from './requesterMatch';
export * from './importPlan';
export { ImportBatch, type ImportProgress } from './importBatch';
export * from './sanitiserPolicy';
export { sanitiseMailHtml, cleanCss, listedLinks, MAX_VIEWED_HTML, type ViewedHtml } from './htmlSanitise';
