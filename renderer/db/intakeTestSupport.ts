/**
 * Mail for the store's intake tests, written as RFC 5322 / MIME text (the
 * fixtures of e2e/fixtures/mail live outside the renderer project; the parser
 * is tested on them in shared/intake). UTF-8 everywhere, base64 bodies.
 */
export interface TestMail {
  from: string;
  subject: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** RFC 5322 date of our server's Received: stamp */
  received?: string;
  /** the Date: header, when it is not the time of the Received: stamp (a copy delivered again keeps its Date:) */
  date?: string;
  body: string;
  attachment?: { name: string; mimeType: string; bytes: Uint8Array };
}

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/.{76}/g, '$&\r\n');
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const encodedWord = (text: string) => `=?utf-8?b?${btoa(String.fromCharCode(...utf8(text)))}?=`;

export function testMail(m: TestMail): Uint8Array {
  const headers = [
    ...(m.received ? [`Received: from mail.example.com by mx.solutioncl.com with ESMTPS; ${m.received}`] : []),
    `From: ${m.from}`,
    'To: legal@solutioncl.com',
    `Subject: ${encodedWord(m.subject)}`,
    ...(m.date ?? m.received ? [`Date: ${m.date ?? m.received}`] : []),
    ...(m.messageId ? [`Message-ID: <${m.messageId}>`] : []),
    ...(m.inReplyTo ? [`In-Reply-To: <${m.inReplyTo}>`] : []),
    ...(m.references ? [`References: ${m.references.map((r) => `<${r}>`).join(' ')}`] : []),
    'MIME-Version: 1.0',
  ];
  const text = ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: base64', '', base64(utf8(m.body))];
  if (!m.attachment) return utf8([...headers, ...text, ''].join('\r\n'));
  const a = m.attachment;
  return utf8(
    [
      ...headers,
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      ...text,
      '--b1',
      `Content-Type: ${a.mimeType}`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename="${a.name}"`,
      '',
      base64(a.bytes),
      '--b1--',
      '',
    ].join('\r\n'),
  );
}
