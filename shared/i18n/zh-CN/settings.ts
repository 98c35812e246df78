/** UI text of Settings (zh-CN is the reference: en-US must have the same keys). */
export const settings = {
  title: '设置',
  language: '界面语言',
  officer: '当前用户',
  officerName: '姓名',
  officerTitle: '职务',
  about: '关于',
  version: '版本 {version}（{host}）',
  hostElectron: '桌面应用',
  hostWeb: '浏览器（Web 主机）',
  checkUpdates: '检查更新',
  auditChain: '审计日志',
  verifyChain: '校验审计链',
  chainOk: '审计链完整：{count} 条记录',
  chainBroken: '审计链在第 {seq} 条记录处被篡改或缺失',
} as const;
