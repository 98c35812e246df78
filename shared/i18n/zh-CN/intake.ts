/** UI text of the intake feature (zh-CN is the reference: en-US must have the same keys). */
export const intake = {
  title: '收件',

  /** what was wrong with a message that could still be read (shared/intake/parsedMessage.ts intakeWarningCodes) */
  warning: {
    'date-missing': '邮件没有 Date（发信日期）头',
    'date-unparsable': '无法识别 Date 头中的日期：“{value}”',
    'received-unparsable': '公司服务器 {host} 的 Received 记录中日期无法识别，已改用较早记录或发信日期',
    'received-at-unknown': '邮件中没有任何可用的收件时间，请手工录入签收时间',
    'header-8bit': '邮件头含未编码的非 ASCII 字符，已按 {decodedAs} 解读，请核对主题和发件人',
    'charset-unknown': '未知字符集“{charset}”，已按 {decodedAs} 解码，正文可能有乱码',
    'base64-truncated': '附件或正文的 Base64 编码不完整（文件可能被截断），内容可能缺失',
    'boundary-not-found': '多部分邮件声明的分隔符“{declared}”在正文中不存在，无法拆分各部分',
    'boundary-repaired': '声明的分隔符“{declared}”不存在，已按正文实际使用的“{used}”拆分',
    'multipart-unterminated': '多部分邮件缺少结束分隔符（文件可能不完整）',
    'body-shown-raw': '无法解码正文，以下显示原始内容',
    'attachment-too-large': '附件“{fileName}”（{size}）超过大小上限 {limit}，未导入；邮件其余内容已保存',
    'forward-unparsable': '转发的邮件“{fileName}”无法解析，已作为附件保留',
  },

  /** why a file could not be read at all; it is kept raw on a case marked for manual review */
  failure: {
    'empty-file': '文件为空',
    'not-a-message': '不是邮件文件（没有邮件头）',
    'parser-error': '邮件解析失败',
    'outlook-msg-unsupported': '暂不支持 Outlook .msg 文件，请在 Outlook 中另存为 .eml 后再导入',
    'mbox-empty': 'mbox 文件中没有邮件',
  },
  keptRaw: '原始文件已保存，案件标记为“需人工审核”',

  outcome: {
    created: '新建案件',
    joined: '并入已有案件',
    duplicate: '重复，已跳过',
    failed: '无法解析，已原样保存',
  },
  joinedVia: {
    'in-reply-to': '回复邮件（In-Reply-To）',
    references: '同一邮件往来（References）',
    'case-reference': '主题中的案件编号',
  },
  duplicateBy: {
    'message-id': '同一 Message-ID 的邮件已导入',
    sha256: '内容完全相同的文件已导入',
  },
  joinedToBatchCase: '并入本批新建的案件',
  outgoing: '本公司发出的邮件',
  resumesClock: '申请人已答复，可恢复暂停的计时',
  needsReview: '需人工审核',
  unknownReference: '主题中的案件编号 {reference} 不存在',

  summary: {
    title: '导入结果',
    messages: '共 {count} 封邮件',
    created: '新建案件 {count} 件',
    joined: '并入已有案件 {count} 封',
    duplicates: '重复跳过 {count} 封',
    failed: '无法解析 {count} 封（已原样保存）',
    needsReview: '需人工审核 {count} 件',
    attachmentsRefused: '超过大小上限未导入的附件 {count} 个',
  },
  progress: '正在读取第 {done} / {total} 个文件（已解析 {messages} 封邮件）',

  /** the request-type suggestion (shared/intake/classify.ts) */
  suggestion: {
    label: '建议类型',
    triggers: '依据：{words}',
    confirm: '请确认或更改请求类型',
  },
  confidence: {
    high: '把握较大',
    medium: '把握一般',
    low: '把握较小',
    none: '未识别出请求类型',
  },

  /** why a request may come from the EEA (shared/intake/eea.ts) */
  eea: {
    flag: '可能来自欧洲经济区，适用 GDPR（隐私政策 9.4、10.3）',
    confirm: '请确认是否按 GDPR 处理',
  },
  eeaReason: {
    'gdpr-mentioned': '提及 GDPR（{evidence}）',
    'eea-domain': '发件邮箱属欧洲经济区国家域名（{evidence}）',
    'eea-country': '提及欧洲经济区国家或欧盟（{evidence}）',
    'eea-language': '使用欧洲经济区语言（{evidence}）',
  },

  /** requester matching (shared/intake/requesterMatch.ts) */
  match: {
    title: '可能是已有申请人',
    idNumber: '身份证号相同',
    phone: '手机号相同',
    email: '邮箱相同',
    nameDiffers: '姓名不同：可能是共用的手机或邮箱，请核实',
    accept: '关联到该申请人',
    split: '作为新申请人',
  },

  receivedBy: '由 {host} 于 {time} 接收',
} as const;
