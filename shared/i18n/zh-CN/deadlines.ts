/** UI text of the deadlines feature (zh-CN is the reference: en-US must have the same keys). */
export const deadlines = {
  title: '期限看板',
} as const;
