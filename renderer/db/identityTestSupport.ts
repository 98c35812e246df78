import type { RequestType } from '../../shared/domain/requestTypes';
import type { RequesterKind } from '../../shared/domain/requester';
import { residentIdCheckCharacter } from '../../shared/identity/checkCharacter';
import { openCase } from './cases';
import type { CaseDeskDatabase } from './database';

/** Test support for the identity store tests: numbers and cases (not shipped; imported by tests only). */

/** A valid 18-digit number for a 17-character body (GB 11643 check character appended). */
export function validIdNumber(body17: string): string {
  return body17 + residentIdCheckCharacter(body17);
}

/** Received 2026-09-28 10:00 in Shanghai, a Monday. */
export const RECEIVED = '2026-09-28T02:00:00.000Z';
/** Noon in Shanghai on `date`. */
export const at = (date: string) => new Date(`${date}T04:00:00.000Z`);

export function openUnverifiedCase(
  db: CaseDeskDatabase,
  options: { kind?: RequesterKind; requestType?: RequestType; idNumber?: string; email?: string; name?: string } = {},
) {
  return openCase(
    db,
    {
      requester: {
        create: {
          kind: options.kind ?? 'individual',
          name: options.name ?? '李雷',
          email: options.email ?? 'li.lei@qq.com',
          region: 'mainland',
          ...(options.idNumber ? { idNumber: options.idNumber } : {}),
        },
      },
      case: {
        channel: 'email',
        receivedAt: RECEIVED,
        receivedAtSource: 'received-header',
        requestType: options.requestType ?? 'access',
        typeConfirmed: true,
        gdpr: false,
        subject: '查阅申请',
        summary: '',
        status: 'open',
        stage: 'verifying',
        assignee: '王敏',
        pauses: [],
        extensions: [],
        messageIds: [],
      },
    },
    '王敏',
    at('2026-09-28'),
  );
}
