import { instantFromShanghai, shanghaiDateTime, type Instant } from '../../../shared/domain/time';

/**
 * The record's moments are entered as Beijing wall-clock time in a native
 * datetime-local input (`2026-11-30T10:00`), whatever zone the workstation
 * is set to: the law's clocks run in China Standard Time.
 */
export function toInputValue(instant: Instant | undefined): string {
  return instant ? shanghaiDateTime(instant).replace(' ', 'T') : '';
}

export function fromInputValue(value: string | undefined): Instant | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value ?? '');
  return m ? instantFromShanghai(m[1]!, m[2]!) : undefined;
}
