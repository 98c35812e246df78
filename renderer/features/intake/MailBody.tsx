import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { listedLinks, urlScheme, type ParsedMessage } from '../../../shared/intake';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { MailHtmlFrame } from './MailHtmlFrame';
import { sanitizeMailHtml } from './sanitizeMailHtml';

function PlainText({ text }: { text: string }) {
  const t = useText();
  return (
    <pre data-testid="mail-text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0, maxHeight: 420, overflow: 'auto', background: '#fafbfc', padding: 12, border: '1px solid #e5e9f0', borderRadius: 4 }}>
      {text.trim() ? text : t('intake.viewer.emptyBody')}
    </pre>
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

/** Plain text as text; HTML sanitised in a sandboxed frame, its remote images counted as blocked (SPEC §1). */
export function MailBody({ message }: { message: ParsedMessage }) {
  const t = useText();
  const html = message.html;
  const sanitised = useMemo(() => (html ? sanitizeMailHtml(html, message.attachments) : undefined), [html, message.attachments]);
  const links = useMemo(() => (html ? listedLinks(html) : []), [html]);
  if (!sanitised) return <PlainText text={message.text} />;
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
                  title={[t('intake.viewer.htmlNote'), sanitised.blockedImages ? t('intake.viewer.remoteImagesBlocked', { count: sanitised.blockedImages }) : ''].filter(Boolean).join(' ')}
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
