import appFontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { htmlMailPolicy } from '../../../shared/intake';

/*
 * The HTML body itself is sanitised in the intake worker (shared/intake/
 * htmlSanitise.ts, issue 12: no mail may stall the window); the viewer only
 * wraps what comes back in the frame's document.
 */

/**
 * The frame's whole document: its own CSP (no remote anything), the sanitised
 * body, styles for reading. The app's own CJK font is the one thing it may
 * load, by absolute URL: the frame is an opaque origin, so the app serves its
 * font files with CORS (renderer/vite.config.ts, electron/protocol) and the
 * frame's CSP names exactly that file. Machines without CJK fonts would
 * otherwise show Chinese mail as empty boxes.
 */
export function mailFrameDocument(body: string, fontUrl: string = new URL(appFontUrl, document.baseURI).href): string {
  const csp = htmlMailPolicy.frameCsp.replace("font-src data:", `font-src data: ${fontUrl}`);
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<style>@font-face{font-family:'CaseDesk Noto Sans SC';src:url('${fontUrl}') format('truetype');font-display:block}</style>`,
    "<style>body{margin:12px;font-family:-apple-system,'Segoe UI','CaseDesk Noto Sans SC','Microsoft YaHei','PingFang SC',sans-serif;font-size:14px;line-height:1.6;color:#1f1f1f;overflow-wrap:anywhere}img{max-width:100%;height:auto}</style>",
    `</head><body>${body}</body></html>`,
  ].join('');
}
