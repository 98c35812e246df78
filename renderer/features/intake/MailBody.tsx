import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tabs, Typography } from 'antd';
import { urlScheme, type ParsedMessage, type ViewedHtml } from '../../../shared/intake';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { MailHtmlFrame } from './MailHtmlFrame';

/**
 * The viewer shows this much of a plain-text body: laying out megabytes of
 * text is itself a long task on the UI thread (issue 12). The whole text is
 * in the raw message, which the officer can save.
 */
export const MAX_SHOWN_TEXT = 200_000;

function PlainText({ text }: { text: string }) {
  const t = useText();
  const shown = text.length > MAX_SHOWN_TEXT ? text.slice(0, MAX_SHOWN_TEXT) : text;
  return (
    <>
      <pre data-testid="mail-text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0, maxHeight: 420, overflow: 'auto', background: '#fafbfc', padding: 12, border: '1px solid #e5e9f0', borderRadius: 4 }}>
        {shown.trim() ? shown : t('intake.viewer.emptyBody')}
      </pre>
      {shown !== text ? <Typography.Text type="secondary">{t('intake.viewer.textTruncated', { shown: MAX_SHOWN_TEXT.toLocaleString(), total: text.length.toLocaleString() })}</Typography.Text> : null}
    </>
  );
}

/** The links of an HTML body, listed apart; an http(s) one opens in the system browser only when the officer asks. */
function LinkList({ links }: { links: readonly string[] }) {
  const t = useText();
  return (
    <section aria-labelledby="mail-links-title" style={{ marginTop: 8 }}>
      <h3 id="mail-links-title" className="pane-title" style={{ margin: '8px 0 4px' }}>
        {t('intake.viewer.links')}
      </h3>
      {links.length === 0 ? (
        <Typography.Text type="secondary">{t('intake.viewer.noLinks')}</Typography.Text>
      ) : (
        <Flex vertical gap={2}>
          {links.map((url) => (
            <Flex key={url} gap={6} align="center">
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {url}
              </Typography.Text>
              {urlScheme(url) === 'http' || urlScheme(url) === 'https' ? (
                <Button size="small" type="text" icon={<ExportOutlined />} aria-label={t('intake.viewer.openLink', { url })} onClick={() => void platform.openExternal({ url })} />
              ) : null}
            </Flex>
          ))}
        </Flex>
      )}
    </section>
  );
}

/** Plain text as text; HTML (sanitised in the worker) in a sandboxed frame, its remote images counted as blocked (SPEC §1). */
export function MailBody({ message, html: sanitised }: { message: ParsedMessage; html: ViewedHtml | undefined }) {
  const t = useText();
  if (!sanitised) return <PlainText text={message.text} />;
  const links = sanitised.links;
  return (
    <>
      <Tabs
        size="small"
        items={[
          {
            key: 'html',
            label: t('intake.viewer.htmlTab'),
            children: (
              <Flex vertical gap={6}>
                <Alert
                  type="info"
                  showIcon
                  title={[t('intake.viewer.htmlNote'), sanitised.blockedImages ? t('intake.viewer.remoteImagesBlocked', { count: sanitised.blockedImages }) : '', sanitised.truncated ? t('intake.viewer.htmlTruncated') : '']
                    .filter(Boolean)
                    .join(' ')}
                />
                <MailHtmlFrame sanitisedHtml={sanitised.html} />
              </Flex>
            ),
          },
          { key: 'text', label: t('intake.viewer.textTab'), children: <PlainText text={message.text} /> },
        ]}
      />
      <LinkList links={links} />
    </>
  );
}
