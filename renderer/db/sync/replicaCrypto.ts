import { openBytes, sealBytes } from '../../../shared/crypto/aead';
import type { StoreKeys } from '../../../shared/crypto/storeKeys';
import { attachmentBytes, base64ToBytes, bytesToBase64 } from './base64';

/**
 * The local replica (PouchDB in this profile's IndexedDB) holds the same
 * personal data as the store, so it is sealed the same way (issue 11):
 * transform-pouch seals each document's record and attachments on their way
 * in and opens them on their way out. The replicator reads and writes
 * through the same functions, so the team server receives plain documents
 * (protected there by CouchDB's access control, TLS and the server's disk
 * encryption; see the README), while the profile's files hold none.
 *
 * Attachments are kept inside the sealed document rather than as PouchDB
 * attachments: the replicator fetches attachments with `getAttachment`,
 * which transform-pouch does not see, so sealed bytes would reach the server.
 * On the way out they become ordinary inline attachments again.
 */
type Doc = Record<string, unknown> & { _id: string; _attachments?: Record<string, Record<string, unknown>> };

const SEALED_ROW = 'sealedRow';
const SEALED_ATTACHMENTS = 'sealedAttachments';

export function replicaTransform(keys: StoreKeys) {
  const context = (doc: Doc, part: string) => `casedesk-replica:${doc._id}:${part}`;
  return {
    incoming: async (doc: Doc): Promise<Doc> => {
      const out: Doc = { ...doc };
      if (doc.row !== undefined) {
        out[SEALED_ROW] = bytesToBase64(sealBytes(keys.records, new TextEncoder().encode(JSON.stringify(doc.row)), context(doc, 'row')));
        delete out.row;
      }
      if (doc._attachments) {
        const sealed: Record<string, { type: string; data: string }> = {};
        for (const [name, attachment] of Object.entries(doc._attachments)) {
          if (attachment.data === undefined) continue; // a stub: the revision's bytes were stored with it before
          const bytes = await attachmentBytes(attachment.data);
          const type = typeof attachment.content_type === 'string' ? attachment.content_type : 'application/octet-stream';
          sealed[name] = { type, data: bytesToBase64(sealBytes(keys.records, bytes, context(doc, `attachment:${name}`))) };
        }
        delete out._attachments;
        if (Object.keys(sealed).length) out[SEALED_ATTACHMENTS] = sealed;
      }
      return out;
    },
    outgoing: async (doc: Doc): Promise<Doc> => {
      const out: Doc = { ...doc };
      const sealedRow = doc[SEALED_ROW];
      if (typeof sealedRow === 'string') {
        out.row = JSON.parse(new TextDecoder().decode(openBytes(keys.records, base64ToBytes(sealedRow), context(doc, 'row'))));
        delete out[SEALED_ROW];
      }
      const sealed = doc[SEALED_ATTACHMENTS] as Record<string, { type: string; data: string }> | undefined;
      if (sealed) {
        const attachments: Record<string, Record<string, unknown>> = {};
        for (const [name, { type, data }] of Object.entries(sealed)) {
          attachments[name] = { content_type: type, data: bytesToBase64(openBytes(keys.records, base64ToBytes(data), context(doc, `attachment:${name}`))) };
        }
        out._attachments = attachments;
        delete out[SEALED_ATTACHMENTS];
      }
      return out;
    },
  };
}
