import { DEFAULT_COMPANY_DETAILS } from '../company';
import { renderLetter, type LetterContent } from '../index';
import { testFonts } from './fonts';

const content: LetterContent = {
  layout: 'zh-CN',
  reference: 'CL-2026-0042',
  letterDate: '2026-09-28',
  recipient: { name: '张三', lines: ['zhangsan@qq.com'] },
  sections: [{ language: 'zh-CN', subject: '关于您请求的答复', paragraphs: [{ style: 'body', text: '经核查，您的请求不予支持，理由如下。' }] }],
  signatory: { name: '王敏', title: { 'zh-CN': '法务专员' } },
  company: DEFAULT_COMPANY_DETAILS,
};

/** A one-page letter rendered for signing at `signingTime` (the signing handlers' and the web signer's tests). */
export async function preparedLetter(signingTime: number): Promise<Uint8Array> {
  const r = await renderLetter(content, {
    fonts: testFonts(),
    sign: { signerName: '王敏', reason: '答复函签署', location: '浙江宁波', contactInfo: 'legal@solutioncl.com', signingTime },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.pdf;
}
