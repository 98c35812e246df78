/** A request as a requester's mail client would send it: UTF-8, base64 subject and body, CRLF. */
export function requestMail(n: number, options: { from?: string; subject?: string; body?: string; padding?: number } = {}): string {
  const subject = options.subject ?? `个人信息查阅申请 ${n}`;
  const body = (options.body ?? `您好，我申请查阅贵公司保存的我的个人信息。编号 ${n}。`) + (options.padding ? '\n' + 'x'.repeat(options.padding) : '');
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return [
    `From: =?UTF-8?B?${b64('申请人')}?= ${n} <${options.from ?? `requester${n}@example.cn`}>`,
    'To: legal@solutioncl.com',
    `Subject: =?UTF-8?B?${b64(subject)}?=`,
    'Date: Mon, 30 Nov 2026 09:00:00 +0800',
    `Message-ID: <request-${n}-${Date.now()}@example.cn>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    (b64(body).match(/.{1,76}/g) ?? []).join('\r\n'),
    '',
  ].join('\r\n');
}
