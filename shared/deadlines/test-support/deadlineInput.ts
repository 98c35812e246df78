import { SHIPPED_CALENDAR_DATA } from '../../calendar/shippedCalendarData';
import { WorkingDayCalendar } from '../../calendar/workingDayCalendar';
import type { ClockExtension, ClockPause } from '../../domain/case';
import { type Instant, type LocalDate, instantFromShanghai } from '../../domain/time';
import type { DeadlineInput } from '../deadlineResult';

export const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);

/** An instant at a Shanghai wall-clock time (10:00 unless told). */
export function at(date: LocalDate, time = '10:00'): Instant {
  return instantFromShanghai(date, time);
}

/** A rights request (access) received and verified as told; open, no pauses. */
export function caseInput(overrides: Partial<DeadlineInput> = {}): DeadlineInput {
  return {
    requestType: 'access',
    gdpr: false,
    receivedAt: at('2026-09-28'),
    pauses: [],
    extensions: [],
    status: 'open',
    ...overrides,
  };
}

/** Received and verified the same day. */
export function verifiedOn(date: LocalDate, overrides: Partial<DeadlineInput> = {}): DeadlineInput {
  return caseInput({ receivedAt: at(date, '09:00'), verifiedAt: at(date, '11:00'), ...overrides });
}

export function pause(from: LocalDate, to?: LocalDate, id = `p-${from}`): ClockPause {
  return { id, from, ...(to ? { to } : {}), reason: '等待申请人补充身份证明', by: 'officer-1' };
}

export function extension(amount: number, recordedOn: LocalDate, id = `e-${recordedOn}`): ClockExtension {
  return { id, amount, reason: '请求复杂', at: at(recordedOn), by: 'officer-1' };
}
