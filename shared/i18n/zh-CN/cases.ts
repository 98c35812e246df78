/** UI text of the cases feature (zh-CN is the reference: en-US must have the same keys). */
export const cases = {
  title: '案件',
} as const;
