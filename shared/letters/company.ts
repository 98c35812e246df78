import { z } from 'zod';

const bothLanguages = z.object({ 'zh-CN': z.string().min(1).max(500), 'en-US': z.string().min(1).max(500) });

/**
 * The company as it appears on every letter: letterhead, remedies, contact.
 * Editable in Settings; the defaults are the privacy policy's own words
 * (policy 引言 and 10.1 for name and address, 4.5/4.7.1 for the mailbox,
 * 4.1 for the hotline, 10.2 for the court that hears disputes).
 */
export const companyDetailsSchema = z.object({
  name: bothLanguages,
  address: bothLanguages,
  email: z.string().min(3).max(320),
  hotline: z.string().min(3).max(40),
  website: z.string().max(200),
  /** policy 10.2: the court where a requester may sue */
  court: bothLanguages,
  /** PIPL 65: where a complaint about processing of personal information goes */
  regulator: bothLanguages,
  /** the place printed with the signature (signature dictionary /Location) */
  signingLocation: bothLanguages,
});
export type CompanyDetails = z.infer<typeof companyDetailsSchema>;

export const DEFAULT_COMPANY_DETAILS: CompanyDetails = {
  name: { 'zh-CN': '宁波昶联软件有限公司', 'en-US': 'Ningbo Changlian Software Co., Ltd.' },
  address: {
    'zh-CN': '浙江省宁波市鄞州区邱隘镇沈家村晨源大楼8-02-146室',
    'en-US': 'Room 8-02-146, Chenyuan Building, Shenjia Village, Qiuai Town, Yinzhou District, Ningbo, Zhejiang, China',
  },
  email: 'legal@solutioncl.com',
  hotline: '400-7800-900',
  website: 'www.solutioncl.com',
  court: { 'zh-CN': '宁波市鄞州区人民法院', 'en-US': 'the People’s Court of Yinzhou District, Ningbo' },
  regulator: {
    'zh-CN': '履行个人信息保护职责的部门（网信部门等）',
    'en-US': 'the authorities responsible for personal information protection (such as the Cyberspace Administration)',
  },
  signingLocation: { 'zh-CN': '浙江宁波', 'en-US': 'Ningbo, Zhejiang, China' },
};
