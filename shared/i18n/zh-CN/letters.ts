/** UI text of the letters feature (zh-CN is the reference: en-US must have the same keys). */
export const letters = {
  title: '函件',

  /** Fixed words printed on the letter itself (shared/letters/pdf) */
  pdf: {
    reference: '案件编号',
    date: '日期',
    to: '致',
    email: '邮箱',
    hotline: '客服热线',
    page: '第 {page} 页 共 {total} 页',
    officer: '经办人',
    englishVersion: 'English version',
    continued: '续页',
    stampTitle: '已数字签名',
    stampSigner: '签署人',
    stampTime: '时间',
    stampReason: '原因',
    signReason: '答复函签署',
  },
} as const;
