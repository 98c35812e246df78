import type { RequestType } from '../domain/requestTypes';

/**
 * The words that suggest a request type (SPEC §1: "suggested automatically
 * from the text, in Chinese and English keywords, and confirmed by the
 * officer"), in simplified and traditional Chinese, English, and the main EEA
 * languages for GDPR requests. Weights: 1 a hint, 2 a clear phrase, 3 a
 * special category that decides the type whatever else is asked (PIPL 49, a
 * deceased person's relative; policy 7, a child under 14).
 *
 * Patterns are matched case-insensitively; English ones carry word
 * boundaries, Chinese ones cannot (no spaces) and are phrased to avoid the
 * common false friends noted beside them.
 */
export interface KeywordRule {
  type: Exclude<RequestType, 'other'>;
  pattern: RegExp;
  weight: 1 | 2 | 3;
}

const rule = (type: KeywordRule['type'], weight: KeywordRule['weight'], source: string): KeywordRule => ({
  type,
  weight,
  pattern: new RegExp(source, 'giu'),
});

export const keywordRules: readonly KeywordRule[] = [
  // 查阅 (policy 4.1, PIPL 45) — but not "请查阅附件" ("please see the attachment"), unless it is 申请查阅
  rule('access', 1, '(?<![^申][请請]|^[请請])查[阅閱]'),
  rule('access', 1, '查询(?:我的|本人的?)?个人信息|查詢(?:我的|本人的?)?個人資料'),
  rule('access', 1, '\\baccess\\b'),
  rule('access', 1, '\\bwhat (?:personal )?(?:data|information) (?:do )?you (?:hold|have)\\b'),
  rule('access', 1, '\\bAuskunft|\\bacc[eè]s\\b|\\bacceso\\b|\\baccesso\\b'),

  // 复制 / 副本 (policy 4.5) — 复印件 ("photocopy of an ID card") is evidence, not a request, and is left out
  rule('copy', 1, '复制|複製|副本|拷贝'),
  rule('copy', 1, '\\bcop(?:y|ies)\\b'),
  rule('copy', 1, '\\bKopie\\b|\\bcopie\\b|\\bcopia\\b'),

  // 转移至第三方 (policy 4.5, PIPL 45) — 转发 ("forwarded") is not 转移
  rule('portability', 1, '转移|轉移|迁移|遷移|可携带|可攜帶'),
  rule('portability', 2, '转(?:至|给|到)(?:我指定的)?第三方'),
  rule('portability', 2, '\\bportability\\b|\\btransfer (?:of )?my (?:personal )?data\\b|\\bport my data\\b'),
  rule('portability', 2, 'Datenübertragbarkeit|portabilit[ée]|portabilidad|portabilità'),

  // 更正 / 补充 (policy 4.1, 4.3, PIPL 46) — 补充 only with 信息/资料: 补充材料/补充说明 are replies, not requests
  rule('correction', 1, '更正|改正|纠正|糾正'),
  rule('correction', 1, '修改(?:我的|本人)?(?:个人)?(?:信息|资料)|(?:信息|资料|记录)有误|登记错误|错误登记|登記錯誤'),
  rule('correction', 1, '[补補]充(?:完善)?(?:我的|本人的?)?(?:个人|個人)?(?:信息|资料|資料)'),
  rule('correction', 2, '\\brectif(?:y|ied|ication)\\b'),
  rule('correction', 1, '\\bcorrect (?:my|the)\\b|\\bincorrect\\b|\\binaccurate\\b|\\bupdate my (?:personal )?(?:data|details|information)\\b'),
  rule('correction', 2, 'Berichtigung|berichtigen|rectification|rettifica|rectificación'),

  // 删除 (policy 4.1, 4.3, PIPL 47)
  rule('deletion', 1, '删除|刪除|清除|销毁|銷毀'),
  rule('deletion', 1, '\\b(?:delet(?:e|ed|ion)|eras(?:e|ed|ure))\\b'),
  rule('deletion', 2, '\\bright to be forgotten\\b|\\bremove (?:all )?(?:of )?my (?:personal )?(?:data|information)\\b'),
  rule('deletion', 1, 'Löschung|löschen|effacement|effacer|supprimer|suppression|cancellazione|supresión|usunięcie'),

  // 注销账户 (policy 4.1)
  rule('account-cancellation', 2, '注销|註銷|销户|銷戶|(?:关闭|关掉|停用)(?:我的)?(?:账户|账号|帐户|帐号)'),
  rule('account-cancellation', 2, '\\b(?:close|cancel|delete|deactivate|terminate) (?:my|the) (?:user )?account\\b'),
  rule('account-cancellation', 2, 'Konto (?:löschen|schließen|kündigen)|(?:supprimer|fermer) mon compte'),

  // 撤回同意 (policy 4.2); 退订 is how an SMS recipient withdraws consent to marketing messages
  rule('consent-withdrawal', 2, '撤[回销銷].{0,8}?同意|撤[回销銷].{0,4}?授[权權]|取消授[权權]|退订|退訂'),
  rule('consent-withdrawal', 2, '\\bwithdraw(?:ing|n|al of)? (?:my |of )?consent\\b|\\brevok(?:e|ing) (?:my )?consent\\b|\\bunsubscribe\\b|\\bopt(?:-| )out\\b'),
  rule('consent-withdrawal', 2, 'Widerruf|widerrufe|retire mon consentement|retrait (?:de mon|du) consentement|revoco del consenso|retirar (?:mi )?consentimiento'),

  // 解释说明 (PIPL 48) — 说明 alone is everywhere ("补充说明"), so only with what is to be explained
  rule('explanation', 1, '解释|解釋|处理规则|處理規則|说明.{0,6}?(?:处理|规则|用途|目的|方式)'),
  rule('explanation', 1, '\\bexplain|\\bexplanation\\b|\\bhow (?:do )?you (?:process|use) my\\b'),

  // 近亲属 (PIPL 49)
  rule('deceased-relative', 3, '死者|近亲属|近親屬|已故|去世|过世|過世|逝世|身故|离世|離世|死亡证明|死亡證明'),
  rule('deceased-relative', 3, '\\bdeceased\\b|\\bpassed away\\b|\\bdied\\b|\\bdeath certificate\\b|\\bnext of kin\\b'),
  rule('deceased-relative', 3, 'verstorben|décédé|defunto|fallecido'),

  // 儿童个人信息 (policy 7.1–7.3): under 14
  rule('minor', 3, '儿童|兒童|未成年|[未不]满\\s*(?:十四|14)\\s*周?岁|[未不]滿\\s*(?:十四|14)\\s*週?歲|监护人|監護人'),
  rule('minor', 3, '\\bchild(?:ren)?\\b|\\bunder (?:the age of )?14\\b|\\bguardian\\b|\\bminderjährig|\\benfant\\b'),
  rule('minor', 2, '\\bminor\\b'),

  // 投诉举报 (policy 4.7)
  rule('complaint', 2, '投诉|投訴|举报|舉報|申诉|申訴'),
  rule('complaint', 1, '垃圾短信|骚扰|騷擾|诈骗|詐騙'),
  rule('complaint', 2, '\\bcomplain(?:t|ts|ing|ed)?\\b|\\breport(?:ing)? (?:a |an |this )?(?:abuse|fraud|scam|spam)\\b'),
  rule('complaint', 1, '\\bspam\\b|\\bharass'),
  rule('complaint', 2, 'Beschwerde|plainte|reclamo|reclamación|skarga'),

  // 知识产权通知 (法律声明 三)
  rule('ip-notice', 2, '侵权|侵權|知识产权|知識產權|著作权|著作權|版权|版權|商标|商標|专利|專利'),
  rule('ip-notice', 2, '\\bcopyright\\b|\\btrademark\\b|\\binfring(?:e|es|ed|ing|ement)\\b|\\bDMCA\\b|\\bpatent\\b|\\bintellectual property\\b'),

  // 限制或拒绝处理 (PIPL 44)
  rule('restriction', 2, '限制.{0,6}?[处處]理|拒绝.{0,20}?(?:处理|画像|推荐|营销|推送)|反对.{0,6}?处理|停止[处處]理'),
  rule('restriction', 2, '\\bobject(?:ion)? to\\b|\\brestrict(?:ion of)? (?:the )?processing\\b|\\bstop processing\\b'),
  rule('restriction', 2, 'Widerspruch|Einschränkung der Verarbeitung|opposition au traitement|limitation du traitement'),
];

/**
 * Which type wins a tie: the special categories first (they change who may
 * ask and how, PIPL 49, policy 7), then the requests with the most at stake.
 */
export const typePriority: readonly KeywordRule['type'][] = [
  'deceased-relative',
  'minor',
  'ip-notice',
  'complaint',
  'account-cancellation',
  'consent-withdrawal',
  'portability',
  'restriction',
  'deletion',
  'correction',
  'copy',
  'access',
  'explanation',
];
