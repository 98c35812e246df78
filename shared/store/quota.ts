/**
 * "Warn when the store passes 80% of the quota" (issue 11): from what
 * `navigator.storage.estimate()` reports, whether to warn, and the figures
 * to say it with. A browser that reports no quota (or zero) is never warned
 * about: nothing is known, and a false alarm teaches people to ignore it.
 */
export const QUOTA_WARNING_RATIO = 0.8;

export interface QuotaWarning {
  /** whole percent, rounded down so 79.9 % never reads as 80 % */
  percent: number;
  used: string;
  quota: string;
}

export function formatStorageBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export function quotaWarning(estimate: { usage?: number; quota?: number } | undefined): QuotaWarning | null {
  const usage = estimate?.usage;
  const quota = estimate?.quota;
  if (typeof usage !== 'number' || typeof quota !== 'number' || !Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0) return null;
  if (usage / quota < QUOTA_WARNING_RATIO) return null;
  return { percent: Math.floor((usage / quota) * 100), used: formatStorageBytes(usage), quota: formatStorageBytes(quota) };
}
