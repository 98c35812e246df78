/** UI text of the settings feature (zh-CN is the reference: en-US must have the same keys). */
export const settings = {
  title: '设置',
} as const;
