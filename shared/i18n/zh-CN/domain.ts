/** Labels of the domain's fixed lists (request types, channels, statuses…). */
export const requestType = {
  access: '查阅',
  copy: '复制 / 获取副本',
  portability: '转移至第三方',
  correction: '更正 / 补充',
  deletion: '删除',
  'account-cancellation': '注销账户',
  'consent-withdrawal': '撤回同意',
  explanation: '解释说明',
  'deceased-relative': '近亲属行使权利',
  minor: '儿童个人信息',
  complaint: '投诉举报',
  'ip-notice': '知识产权通知',
  restriction: '限制或拒绝处理',
  other: '其他',
} as const;

export const channel = {
  email: '电子邮件',
  postal: '邮寄',
  phone: '电话热线',
  'online-service': '在线客服',
  'in-person': '现场',
} as const;

export const caseStatus = {
  open: '处理中',
  paused: '已暂停',
  closed: '已结案',
} as const;

export const caseStage = {
  received: '已收件',
  verifying: '身份验证中',
  'in-progress': '处理中',
  'awaiting-requester': '等待申请人补充',
  answered: '已答复',
  closed: '已结案',
} as const;

export const outcome = {
  granted: '已同意',
  'partly-granted': '部分同意',
  refused: '拒绝',
  'storage-only': '仅存储（限制处理）',
  withdrawn: '申请人撤回',
  'closed-unanswered': '申请人未回复，结案',
} as const;

export const requesterKind = {
  individual: '个人用户',
  enterprise: '企业用户',
  agent: '个人的代理人',
  'relative-of-deceased': '死者近亲属',
  guardian: '儿童监护人',
  'eea-individual': '欧洲经济区个人',
} as const;

export const receivedAtSource = {
  'received-header': '公司邮件服务器接收时间（Received 头）',
  'date-header': '发件人 Date 头（无服务器接收记录）',
  'file-time': '文件时间（邮件无日期）',
  entered: '人工录入',
} as const;
