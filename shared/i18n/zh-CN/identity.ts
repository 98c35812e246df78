/** UI text of the identity feature (zh-CN is the reference: en-US must have the same keys). */
export const identity = {
  title: '身份验证',
} as const;
