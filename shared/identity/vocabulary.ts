import { z } from 'zod';

/**
 * The fixed lists an identity check is recorded in (SPEC §2). Labels shown
 * to users live in the locale files under `identity.<list>.<id>`.
 */

/** What is checked: one entry of a requester kind's checklist (see checklists.ts). */
export const checklistItemIds = [
  'account-email', // 账户注册邮箱与来信邮箱一致
  'verification-code', // 向账户发送的验证码已确认 (policy 1.2.1)
  'identity-document', // the requester's own ID: name + 18-digit number
  'business-licence', // 营业执照
  'credit-code', // 统一社会信用代码 (GB 32100)
  'company-seal', // 请求上加盖公章
  'agent-identity', // 经办人 / agent's own ID
  'authorisation-letter', // 授权委托书
  'principal-identity', // the ID of the individual an agent acts for
  'relative-identity', // the close relative's own ID
  'death-certificate', // 死亡证明
  'proof-of-relationship', // 亲属关系证明
  'relative-interest', // PIPL 49: the relative's own lawful, legitimate interest
  'deceased-arrangements', // PIPL 49: the deceased left no other arrangement
  'guardian-identity', // 监护人身份证件
  'proof-of-guardianship', // 监护关系证明
  'proportionate-check', // GDPR Art. 12(6), Recital 64: reasonable means, e.g. the account's channels
] as const;
export const checklistItemIdSchema = z.enum(checklistItemIds);
export type ChecklistItemId = z.infer<typeof checklistItemIdSchema>;

/** How an item was checked. */
export const verificationMethodIds = [
  'account-email-match', // the request came from the account's registered address
  'verification-code', // a code sent to the account's address or phone was given back
  'phone-callback', // called back on the account's registered number
  'document-copy', // a copy or scan was received (kept as a document on the case)
  'notarised-copy', // a notarised copy (公证件) was received
  'original-in-person', // the original was seen at the office (现场核验)
  'public-registry', // looked up in an official register (国家企业信用信息公示系统)
  'code-validated', // the code passed this app's GB 32100 / GB 11643 validation
  'written-statement', // a signed statement by the requester (kept as a document)
  'recorded-statement', // what the requester said, recorded in the note (call, email)
] as const;
export const verificationMethodSchema = z.enum(verificationMethodIds);
export type VerificationMethod = z.infer<typeof verificationMethodSchema>;

/** Methods that leave a document on the case: a record made with one of them names its evidence document. */
export const documentMethods: ReadonlySet<VerificationMethod> = new Set<VerificationMethod>([
  'document-copy',
  'notarised-copy',
  'written-statement',
]);

/** What evidence an item expects (the locale texts say which papers count). */
export const evidenceKindIds = [
  'request-message',
  'code-log',
  'identity-document',
  'business-licence',
  'credit-code',
  'sealed-request',
  'authorisation-letter',
  'death-certificate',
  'relationship-proof',
  'guardianship-proof',
  'statement',
] as const;
export const evidenceKindSchema = z.enum(evidenceKindIds);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

/** The result of one checklist item. */
export const itemResultIds = ['passed', 'failed'] as const;
export const itemResultSchema = z.enum(itemResultIds);
export type ItemResult = z.infer<typeof itemResultSchema>;

/**
 * The outcome of the whole check (SPEC §2): `verified` starts the clock of a
 * rights request (policy 4.6); `insufficient` asks the requester for more and
 * pauses it; `failed` means the identity was not established.
 */
export const identityOutcomeIds = ['verified', 'failed', 'insufficient'] as const;
export const identityOutcomeSchema = z.enum(identityOutcomeIds);
export type IdentityOutcome = z.infer<typeof identityOutcomeSchema>;

/** What an officer may accept against a validator's warning, with a recorded reason. */
export const overrideKindIds = [
  'credit-code-check-character', // GB 32100 check fails, code confirmed otherwise (e.g. in the public register)
  'name-mismatch', // names differ for a known reason (a name change, a transliteration)
] as const;
export const overrideKindSchema = z.enum(overrideKindIds);
export type OverrideKind = z.infer<typeof overrideKindSchema>;
