import { htmlMailPolicy } from '../../../shared/intake';
import { useText } from '../../i18n/useText';
import { mailFrameDocument } from './sanitizeMailHtml';

/**
 * A sanitised HTML body (sanitizeMailHtml) in a frame with every sandbox
 * restriction on — sandbox="": no scripts, no same origin, no forms, no
 * popups, no navigation of the app — and its own CSP on top of the inherited one.
 */
export function MailHtmlFrame({ sanitisedHtml }: { sanitisedHtml: string }) {
  const t = useText();
  return (
    <iframe
      title={t('intake.viewer.htmlFrame')}
      sandbox={htmlMailPolicy.frameSandbox}
      srcDoc={mailFrameDocument(sanitisedHtml)}
      referrerPolicy="no-referrer"
      data-testid="mail-html-frame"
      style={{ width: '100%', height: 360, border: '1px solid #e5e9f0', borderRadius: 4, background: '#fff' }}
    />
  );
}
