import type { MessageInput } from '../../../shared/platform/contract';
import { fail, ok, type Result } from '../../../shared/platform/result';

/** Kept until the next print or this long: printing reads the frame after print() returns. */
const KEEP_FRAME_MS = 5 * 60_000;

let previous: { frame: HTMLIFrameElement; url: string; timer: ReturnType<typeof setTimeout> } | undefined;

function removePrevious(): void {
  if (!previous) return;
  clearTimeout(previous.timer);
  previous.frame.remove();
  URL.revokeObjectURL(previous.url);
  previous = undefined;
}

/**
 * Prints a PDF from the page: the browser's own PDF viewer shows it in an
 * invisible frame (a Blob URL, same origin) and its print() opens the print
 * dialog. The frame is 1 px, not display:none — Chromium does not render a
 * PDF in a frame that is not laid out, and would print a blank page.
 *
 * A browser does not tell the page whether the user printed or cancelled, so
 * `printed: true` here means "the print dialog was opened with this PDF", and
 * `confirmed: false` says so.
 */
export function printPdfInFrame(input: MessageInput<'printPdf'>, doc: Document = document): Promise<Result<{ printed: boolean; confirmed: boolean }>> {
  removePrevious();
  const url = URL.createObjectURL(new Blob([input.pdf.slice()], { type: 'application/pdf' }));
  const frame = doc.createElement('iframe');
  frame.title = input.jobName;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '1px', height: '1px', border: '0', opacity: '0', pointerEvents: 'none' });
  previous = { frame, url, timer: setTimeout(removePrevious, KEEP_FRAME_MS) };
  return new Promise((resolve) => {
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (!view) {
          resolve(fail('unsupported', 'no print frame'));
          return;
        }
        try {
          view.focus();
          view.print();
          resolve(ok({ printed: true, confirmed: false }));
        } catch {
          resolve(fail('unsupported', 'the browser refused to print the frame'));
        }
      },
      { once: true },
    );
    frame.src = url;
    doc.body.append(frame);
  });
}
