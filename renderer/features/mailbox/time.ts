import { SHANGHAI_OFFSET_MS } from '../../../shared/domain/time';

/** An instant as Shanghai wall time, `2026-11-30 10:15:03` (SPEC: every time in Asia/Shanghai). */
export function formatShanghaiTime(instant: string): string {
  const at = new Date(Date.parse(instant) + SHANGHAI_OFFSET_MS);
  return at.toISOString().slice(0, 19).replace('T', ' ');
}
