/** UI text of the letters feature (zh-CN is the reference: en-US must have the same keys). */
export const letters = {
  title: '函件',
} as const;
