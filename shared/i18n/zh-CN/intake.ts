/** UI text of the intake feature (zh-CN is the reference: en-US must have the same keys). */
export const intake = {
  title: '收件',
} as const;
