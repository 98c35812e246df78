import { z } from 'zod';

/**
 * The kinds of request the legal team handles (SPEC §1), each with the clause
 * of the privacy policy or of PIPL it rests on. The labels shown to users live
 * in the locale files under `requestType.<id>`.
 */
export const requestTypeIds = [
  'access',
  'copy',
  'portability',
  'correction',
  'deletion',
  'account-cancellation',
  'consent-withdrawal',
  'explanation',
  'deceased-relative',
  'minor',
  'complaint',
  'ip-notice',
  'restriction',
  'other',
] as const;
export const requestTypeSchema = z.enum(requestTypeIds);
export type RequestType = z.infer<typeof requestTypeSchema>;

export interface RequestTypeInfo {
  id: RequestType;
  /** the clause(s) the request rests on, cited on the case and in letters */
  source: string;
  /** a rights request under policy §4 (its clock starts at identity verification, 4.6) */
  rightsRequest: boolean;
}

export const requestTypes: Record<RequestType, RequestTypeInfo> = {
  access: { id: 'access', source: '隐私政策 4.1；PIPL 45', rightsRequest: true },
  copy: { id: 'copy', source: '隐私政策 4.5；PIPL 45', rightsRequest: true },
  portability: { id: 'portability', source: '隐私政策 4.5；PIPL 45', rightsRequest: true },
  correction: { id: 'correction', source: '隐私政策 4.1、4.3；PIPL 46', rightsRequest: true },
  deletion: { id: 'deletion', source: '隐私政策 4.1、4.3；PIPL 47', rightsRequest: true },
  'account-cancellation': { id: 'account-cancellation', source: '隐私政策 4.1', rightsRequest: true },
  'consent-withdrawal': { id: 'consent-withdrawal', source: '隐私政策 4.2', rightsRequest: true },
  explanation: { id: 'explanation', source: 'PIPL 48', rightsRequest: true },
  'deceased-relative': { id: 'deceased-relative', source: 'PIPL 49', rightsRequest: true },
  minor: { id: 'minor', source: '隐私政策 7.1–7.3', rightsRequest: true },
  complaint: { id: 'complaint', source: '隐私政策 4.7', rightsRequest: false },
  'ip-notice': { id: 'ip-notice', source: '法律声明 三', rightsRequest: false },
  restriction: { id: 'restriction', source: 'PIPL 44', rightsRequest: true },
  other: { id: 'other', source: '—', rightsRequest: false },
};

/** 案件来源: how the request reached the company. */
export const channelIds = ['email', 'postal', 'phone', 'online-service', 'in-person'] as const;
export const channelSchema = z.enum(channelIds);
export type Channel = z.infer<typeof channelSchema>;

/** How a case ended (SPEC §1). */
export const outcomeIds = [
  'granted',
  'partly-granted',
  'refused',
  'storage-only',
  'withdrawn',
  'closed-unanswered',
] as const;
export const outcomeSchema = z.enum(outcomeIds);
export type Outcome = z.infer<typeof outcomeSchema>;

/** PIPL 47 (1)–(5): the ground on which personal information is deleted. */
export const deletionGroundIds = [
  'purpose-achieved', // (1) 处理目的已实现、无法实现或者为实现处理目的不再必要
  'service-ended', // (2) 停止提供产品或者服务，或者保存期限已届满
  'consent-withdrawn', // (3) 个人撤回同意
  'unlawful-processing', // (4) 违反法律、行政法规或者违反约定处理个人信息
  'other-legal', // (5) 法律、行政法规规定的其他情形
] as const;
export const deletionGroundSchema = z.enum(deletionGroundIds);
export type DeletionGround = z.infer<typeof deletionGroundSchema>;
