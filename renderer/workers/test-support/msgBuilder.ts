import CFB from 'cfb';

/**
 * Outlook .msg files for tests, written with `cfb` (SheetJS's compound-file
 * writer) after MS-OXMSG: a property stream (`__properties_version1.0`:
 * a header, then 16-byte entries — tag, flags, and the value inline or the
 * size of its `__substg1.0_<tag>` stream), storages for recipients
 * (`__recip_version1.0_#…`) and attachments (`__attach_version1.0_#…`), and
 * an attached Outlook item as a `__substg1.0_3701000D` storage of its own.
 * A Unicode file stores strings as PT_UNICODE (UTF-16LE); a file Chinese
 * Outlook writes without Unicode stores PT_STRING8 in code page 936, which
 * the builder encodes from a table given by the test (TextEncoder only writes UTF-8).
 */

export type MsgValue =
  | { type: 'unicode'; value: string }
  | { type: 'string8'; bytes: Uint8Array }
  | { type: 'binary'; bytes: Uint8Array }
  | { type: 'long'; value: number }
  | { type: 'time'; value: string }
  | { type: 'boolean'; value: boolean };

export interface MsgItem {
  properties: Record<number, MsgValue>;
  recipients?: Record<number, MsgValue>[];
  attachments?: { properties: Record<number, MsgValue>; embedded?: MsgItem }[];
}

const TYPE_CODE: Record<MsgValue['type'], number> = { unicode: 0x001f, string8: 0x001e, binary: 0x0102, long: 0x0003, time: 0x0040, boolean: 0x000b };

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** A FILETIME: 100-ns ticks since 1601-01-01. */
function fileTime(iso: string): bigint {
  return (BigInt(Date.parse(iso)) + 11_644_473_600_000n) * 10_000n;
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** Adds one object's properties (stream + substg streams) under `dir`; `headerBytes` is 32 (message), 24 (attached item) or 8. */
function addProperties(cfb: CFB.CFB$Container, dir: string, properties: Record<number, MsgValue>, headerBytes: number, header?: Uint8Array): void {
  const entries = Object.entries(properties);
  const stream = new Uint8Array(headerBytes + 16 * entries.length);
  if (header) stream.set(header);
  const view = new DataView(stream.buffer);
  entries.forEach(([id, v], i) => {
    const at = headerBytes + 16 * i;
    const tag = (Number(id) << 16) | TYPE_CODE[v.type];
    view.setUint32(at, tag >>> 0, true);
    view.setUint32(at + 4, 6, true); // PROPATTR_READABLE | PROPATTR_WRITABLE
    const name = `${dir}/__substg1.0_${hex(Number(id), 4)}${hex(TYPE_CODE[v.type], 4)}`;
    if (v.type === 'unicode') {
      const bytes = utf16le(v.value + '\0');
      view.setUint32(at + 8, bytes.length, true);
      CFB.utils.cfb_add(cfb, name, bytes);
    } else if (v.type === 'string8' || v.type === 'binary') {
      const bytes = v.type === 'string8' ? Uint8Array.from([...v.bytes, 0]) : v.bytes;
      view.setUint32(at + 8, bytes.length, true);
      CFB.utils.cfb_add(cfb, name, bytes);
    } else if (v.type === 'long') view.setInt32(at + 8, v.value, true);
    else if (v.type === 'boolean') view.setUint16(at + 8, v.value ? 1 : 0, true);
    else view.setBigUint64(at + 8, fileTime(v.value), true);
  });
  CFB.utils.cfb_add(cfb, `${dir}/__properties_version1.0`, stream);
}

function addItem(cfb: CFB.CFB$Container, dir: string, item: MsgItem, topLevel: boolean): void {
  const recipients = item.recipients ?? [];
  const attachments = item.attachments ?? [];
  const header = new Uint8Array(24);
  const hv = new DataView(header.buffer);
  hv.setUint32(8, recipients.length, true); // next recipient ID
  hv.setUint32(12, attachments.length, true); // next attachment ID
  hv.setUint32(16, recipients.length, true);
  hv.setUint32(20, attachments.length, true);
  addProperties(cfb, dir, item.properties, topLevel ? 32 : 24, header);
  recipients.forEach((r, i) => addProperties(cfb, `${dir}/__recip_version1.0_#${hex(i, 8)}`, r, 8));
  attachments.forEach((a, i) => {
    const adir = `${dir}/__attach_version1.0_#${hex(i, 8)}`;
    addProperties(cfb, adir, a.properties, 8);
    if (a.embedded) addItem(cfb, `${adir}/__substg1.0_3701000D`, a.embedded, false);
  });
  if (topLevel) {
    // the named-property map every .msg carries (empty here: no named properties are used)
    for (const stream of ['00020102', '00030102', '00040102']) CFB.utils.cfb_add(cfb, `${dir}/__nameid_version1.0/__substg1.0_${stream}`, new Uint8Array(0));
  }
}

export function buildMsg(item: MsgItem): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  addItem(cfb, '', item, true);
  // cfb_new seeds a placeholder stream that is not part of a message
  CFB.utils.cfb_del(cfb, '/\u0001Sh33tJ5');
  return new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[] | Uint8Array);
}

/** The MAPI property IDs the tests use (MS-OXPROPS). */
export const PR = {
  MESSAGE_CLASS: 0x001a,
  SUBJECT: 0x0037,
  CLIENT_SUBMIT_TIME: 0x0039,
  TRANSPORT_MESSAGE_HEADERS: 0x007d,
  SENDER_NAME: 0x0c1a,
  SENDER_ADDRESS_TYPE: 0x0c1e,
  SENDER_EMAIL_ADDRESS: 0x0c1f,
  MESSAGE_DELIVERY_TIME: 0x0e06,
  BODY: 0x1000,
  HTML: 0x1013,
  INTERNET_MESSAGE_ID: 0x1035,
  DISPLAY_NAME: 0x3001,
  ADDRESS_TYPE: 0x3002,
  EMAIL_ADDRESS: 0x3003,
  ATTACH_DATA_BIN: 0x3701,
  ATTACH_FILENAME: 0x3704,
  ATTACH_METHOD: 0x3705,
  ATTACH_LONG_FILENAME: 0x3707,
  ATTACH_MIME_TAG: 0x370e,
  ATTACH_CONTENT_ID: 0x3712,
  SMTP_ADDRESS: 0x39fe,
  RECIPIENT_TYPE: 0x0c15,
  STORE_SUPPORT_MASK: 0x340d,
  INTERNET_CPID: 0x3fde,
  MESSAGE_CODEPAGE: 0x3ffd,
  SENDER_SMTP_ADDRESS: 0x5d01,
} as const;
