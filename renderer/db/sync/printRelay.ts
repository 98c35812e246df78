import { BLOB_ATTACHMENT, nextRevision, type TeamDocument } from '../../../shared/sync/documents';
import type { PrintQueueItem } from '../../../shared/sync/printing';
import type { CaseDeskDatabase } from '../database';
import { bytesToBase64 } from './base64';
import type { Replica } from './replica';

/**
 * Officers' workstations relay every signed letter to the print database
 * (issue 10): its PDF, reference, and the envelope's name and address —
 * what print staff need, and nothing else of the case. The document's
 * revision depends only on its content, so two workstations relaying the
 * same letter write the same revision once.
 */
const UNTIL_KEY = 'print.relayedUntil';

export async function relaySignedLetters(ctx: { db: CaseDeskDatabase; replica: Replica; username: string }): Promise<number> {
  const { db, replica } = ctx;
  const until = ((await db.local.get(UNTIL_KEY))?.value as string | undefined) ?? '';
  const letters = await db.letters.where('signedAt').above(until).sortBy('signedAt');
  let relayed = 0;
  for (const letter of letters) {
    if (!letter.signedAt || !letter.sha256 || !letter.documentId || letter.status === 'draft') continue;
    const id = `print:${letter.id}`;
    const existing = await replica.get(id).catch(() => undefined);
    if (!existing) {
      const c = await db.cases.get(letter.caseId);
      const requester = c ? await db.requesters.get(c.requesterId) : undefined;
      const pdf = (await db.documentBlobs.get(letter.documentId))?.bytes;
      if (!c || !pdf) continue;
      const item: Omit<PrintQueueItem, 'pdf'> = {
        letterId: letter.id,
        reference: c.reference,
        language: letter.language,
        signedAt: letter.signedAt,
        signedBy: letter.signedBy ?? '',
        sha256: letter.sha256,
        recipient: {
          name: requester?.name ?? '',
          ...(requester?.address ? { address: requester.address } : {}),
          ...(requester?.postcode ? { postcode: requester.postcode } : {}),
        },
        delivery: letter.sentVia ?? (c.channel === 'postal' ? 'post' : 'unknown'),
      };
      const content = { table: 'printQueue', row: item, sha256: letter.sha256, deleted: false };
      const { rev, revisions } = nextRevision(undefined, content);
      const doc: TeamDocument & { by: string } = {
        _id: id,
        _rev: rev,
        _revisions: revisions,
        table: 'printQueue' as TeamDocument['table'],
        row: item,
        sha256: letter.sha256,
        by: ctx.username,
        _attachments: { [BLOB_ATTACHMENT]: { content_type: 'application/pdf', data: bytesToBase64(pdf) } },
        txn: { chain: db.chain, n: 0, at: letter.signedAt, by: ctx.username, members: { [id]: rev } },
      };
      await replica.bulkDocs([doc], { new_edits: false });
      relayed++;
    }
    await db.transaction('rw', [db.local], () => db.local.put({ key: UNTIL_KEY, value: letter.signedAt }));
  }
  return relayed;
}
