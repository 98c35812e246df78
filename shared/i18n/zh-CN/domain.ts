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
  // 在办, not 处理中: the stage column says 处理中, and the two must not read alike (issue 14)
  open: '在办',
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
  voided: '作废',
} as const;

export const outcome = {
  granted: '已同意',
  'partly-granted': '部分同意',
  refused: '拒绝',
  'storage-only': '限制处理（仅存储）',
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
  mailbox: '公司邮箱服务器记录的收件时间（IMAP INTERNALDATE 或 Outlook 投递时间）',
  entered: '人工录入',
  'server-internaldate': '公司邮件服务器记录的收件时间（IMAP INTERNALDATE 或 Outlook 投递时间）',
} as const;

export const documentKind = {
  email: '原始邮件',
  attachment: '附件',
  scan: '扫描件',
  letter: '函件',
  other: '其他',
} as const;

export const auditAction = {
  'case.created': '登记案件',
  'case.updated': '修改案件',
  'case.status-changed': '状态变更',
  'case.assigned': '分配承办人',
  'case.voided': '作废案件',
  'case.reopened': '重新打开案件',
  'signing.certificate-imported': '导入签名证书',
  'signing.certificate-removed': '删除签名证书',
  'signing.pin-set': '设置签署 PIN',
  'signing.refused': '签署被拒（PIN 错误或已锁定）',
  'case.file-exported': '导出案卷 PDF',
  'case.merged': '合并案件',
  'unsorted.added': '收入未归类材料',
  'unsorted.attached': '未归类材料归入案件',
  'unsorted.discarded': '舍弃未归类材料',
  'clock.paused': '暂停计时',
  'clock.resumed': '恢复计时',
  'clock.extended': '延长期限',
  'clock.recomputed': '重新计算期限',
  'identity.checked': '身份验证',
  'identity.revealed': '查看完整身份证号',
  'document.added': '添加材料',
  'document.purged': '清除材料',
  'document.marked-evidence': '标记为身份证明材料',
  'letter.signed': '签署函件',
  'letter.printed': '打印函件',
  'letter.print-dialog-opened': '打开打印对话框（浏览器无法确认已打印）',
  'letter.sent': '寄送函件',
  'incident.created': '登记安全事件',
  'incident.updated': '更新安全事件',
  'incident.graded': '确认事件分级',
  'incident.decided': '记录通知决定',
  'incident.obligation-done': '完成报告或通知义务',
  'incident.handling-ended': '事件处置结束',
  'incident.draft-saved': '修改通知草稿',
  'incident.draft-ready': '草稿定稿',
  'incident.people-imported': '导入受影响人员名单',
  'incident.exported': '导出通知',
  'calendar.updated': '更新工作日历',
  'settings.updated': '修改设置',
  'data.sample-loaded': '载入示例数据',
  'data.deleted': '删除数据',
  'backup.created': '创建备份',
  'backup.restored': '恢复备份',
  'store.created': '建立案件库',
  'store.upgraded': '升级案件库',
  'audit.baseline': '记录审计基线',
  'audit.exported': '导出审计日志',
  'retention.purged': '保存期满清除个人信息',
  'purge.reapplied': '恢复后重新执行清除',
  'sync.joined': '加入团队案件库',
  'sync.conflict-detected': '发现同步冲突',
  'sync.conflict-resolved': '解决同步冲突',
  'sync.refused': '服务器拒绝更改',
} as const;

/** The words of a rule's or a type's citation (shared/i18n/citation.ts): zh-CN shows the stored source as written. */
export const citation = {
  privacyPolicy: '隐私政策',
  legalNotice: '法律声明',
  civilCode: '民法典',
  pipl: '个人信息保护法',
  cybersecurityLaw: '网络安全法',
  dataSecurityLaw: '数据安全法',
  electronicSignatureLaw: '电子签名法',
} as const;
