/** Updates (issue 16): signed releases only, installed only when the officer says so. */
export const update = {
  refused: '已拒绝此更新：{reason}。未安装任何内容，当前版本照常使用。',
  problem: {
    'signature-missing': '更新没有发布签名',
    'signature-malformed': '更新的签名文件无法读取',
    'unknown-key': '更新不是用本软件信任的发布密钥签署的',
    'bad-signature': '更新的签名与内容不符（文件可能被篡改）',
    'manifest-invalid': '更新说明文件格式不正确',
    downgrade: '服务器提供的是比当前更旧的版本',
    unreachable: '无法连接更新服务器',
    'hash-mismatch': '下载的安装包与签名中的校验值不符（文件可能被篡改）',
    unreadable: '下载的安装包无法读取',
  },
  readyToInstall: '新版本 {version} 已下载并通过签名校验。现在安装并重启 CaseDesk 吗？',
  readyDetail: '安装前请先保存正在编辑的函件。选择“稍后”不会安装，可随时在“帮助 → 检查更新”中再次安装。',
  installNow: '安装并重启',
  later: '稍后',
} as const;
