export const firstRun = {
  title: '欢迎使用 CaseDesk 案件台',
  intro: '个人信息权利请求与安全事件的案件管理：收件、身份验证、期限、答复函，全部保存在本机。',
  officerName: '您的姓名',
  officerNameHint: '用于审计记录与答复函署名',
  officerNameRequired: '请填写您的姓名',
  officerTitle: '职务',
  officerTitleDefault: '法务专员',
  loadSample: '载入示例数据',
  loadSampleHint: '约 200 个示例案件（2025–2026 年，含欧洲经济区申请人），便于熟悉功能。',
  startEmpty: '从空白开始',
  loading: '正在生成示例数据…',
  loaded: '已载入 {count} 个示例案件',
} as const;
