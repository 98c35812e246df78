import { Spin } from 'antd';

/** A PDF in the browser's own viewer, in a frame (CSP frame-src blob:), A4-shaped to the available height. */
export function PdfFrame({ url, title, busy }: { url?: string; title: string; busy?: boolean }) {
  return (
    <Spin spinning={!!busy || !url}>
      <iframe
        title={title}
        src={url ? `${url}#navpanes=0&view=FitH` : undefined}
        style={{ width: '100%', height: 'calc(100vh - 190px)', minHeight: 520, border: '1px solid #d9d9d9', borderRadius: 4, background: '#525659' }}
      />
    </Spin>
  );
}
