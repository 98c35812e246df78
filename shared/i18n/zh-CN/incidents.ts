/** UI text of the incidents feature (zh-CN is the reference: en-US must have the same keys). */
export const incidents = {
  title: '安全事件',
} as const;
