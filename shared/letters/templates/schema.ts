import { z } from 'zod';
import { requestTypeSchema } from '../../domain/requestTypes';
import { paragraphStyleSchema } from '../content';
import { fieldsIn } from './mergeSyntax';
import { mergeFieldNames } from './mergeFields';

/**
 * Letter templates and the clause library, as data: versioned, parsed with
 * zod when loaded from Settings (a manager edits them there later), so a
 * template that names an unknown merge field or clause is refused at once
 * rather than at signing time.
 */

/** The letters SPEC §4 and issue 6 name. */
export const letterKindIds = [
  'acknowledgement', // 收件确认
  'information-request', // 补充身份证明或材料
  'access-answer', // 查阅、复制答复
  'correction-done', // 已更正、补充
  'deletion-done', // 已删除 (PIPL 47 ground)
  'storage-only', // 仅存储，停止其他处理 (PIPL 47 para. 2)
  'account-cancelled', // 已注销账户 (policy 4.1)
  'consent-withdrawn', // 撤回同意确认 (policy 4.2)
  'portability-answer', // 转移答复 (policy 4.5)
  'explanation', // 处理规则说明 (PIPL 48)
  'refusal', // 不予支持，附理由与救济途径 (PIPL 50, policy 10.2)
  'extension-notice', // 延期通知 (GDPR Art. 12(3))
  'complaint-answer', // 投诉举报答复 (policy 4.7)
  'ip-notice-answer', // 知识产权通知答复 (法律声明 三)
] as const;
export const letterKindSchema = z.enum(letterKindIds);
export type LetterKind = z.infer<typeof letterKindSchema>;

/** Which law the requester's rights rest on: PIPL, or the GDPR for an EEA requester (policy 9.4, 10.3). */
export const regimeIds = ['pipl', 'gdpr'] as const;
export const regimeSchema = z.enum(regimeIds);
export type Regime = z.infer<typeof regimeSchema>;

const clauseId = z.string().regex(/^[a-z][a-z0-9-]{0,60}$/);

export const templateBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), style: paragraphStyleSchema, text: z.string().min(1).max(5000) }),
  /** a paragraph from the clause library, the variant for the case's regime and request type */
  z.object({ type: z.literal('clause'), clause: clauseId }),
]);
export type TemplateBlock = z.infer<typeof templateBlockSchema>;

export const templateTextSchema = z.object({
  subject: z.string().min(1).max(300),
  blocks: z.array(templateBlockSchema).min(1).max(60),
});
export type TemplateText = z.infer<typeof templateTextSchema>;

function checkFields(texts: string[], ctx: z.RefinementCtx): void {
  for (const text of texts) {
    for (const name of fieldsIn(text)) {
      if (!(mergeFieldNames as readonly string[]).includes(name)) ctx.addIssue({ code: 'custom', message: `unknown merge field {{${name}}}` });
    }
  }
}

export const letterTemplateSchema = z
  .object({
    kind: letterKindSchema,
    version: z.number().int().positive(),
    /** the request types this letter answers (the UI offers it on such a case) */
    requestTypes: z.array(requestTypeSchema).min(1),
    /** only for this regime (the GDPR extension notice); both when absent */
    regime: regimeSchema.optional(),
    text: z.object({ 'zh-CN': templateTextSchema, 'en-US': templateTextSchema }),
  })
  .superRefine((t, ctx) =>
    checkFields(
      Object.values(t.text).flatMap((x) => [x.subject, ...x.blocks.map((b) => (b.type === 'text' ? b.text : ''))]),
      ctx,
    ),
  );
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

export const clauseVariantSchema = z.object({
  regime: regimeSchema.optional(),
  requestTypes: z.array(requestTypeSchema).min(1).optional(),
  style: paragraphStyleSchema,
  text: z.object({ 'zh-CN': z.string().min(1).max(5000), 'en-US': z.string().min(1).max(5000) }),
});
export type ClauseVariant = z.infer<typeof clauseVariantSchema>;

export const clauseSchema = z
  .object({ id: clauseId, variants: z.array(clauseVariantSchema).min(1) })
  .superRefine((c, ctx) => checkFields(c.variants.flatMap((v) => Object.values(v.text)), ctx));
export type Clause = z.infer<typeof clauseSchema>;

export const clauseLibrarySchema = z.object({ version: z.number().int().positive(), clauses: z.array(clauseSchema) });
export type ClauseLibrary = z.infer<typeof clauseLibrarySchema>;

/** Everything Settings stores for letters: the templates and the clauses they use, each set versioned. */
export const letterTemplateSetSchema = z
  .object({ version: z.number().int().positive(), templates: z.array(letterTemplateSchema), clauses: clauseLibrarySchema })
  .superRefine((set, ctx) => {
    const known = new Set(set.clauses.clauses.map((c) => c.id));
    for (const t of set.templates) {
      for (const text of Object.values(t.text)) {
        for (const b of text.blocks) if (b.type === 'clause' && !known.has(b.clause)) ctx.addIssue({ code: 'custom', message: `${t.kind}: unknown clause ${b.clause}` });
      }
    }
  });
export type LetterTemplateSet = z.infer<typeof letterTemplateSetSchema>;
