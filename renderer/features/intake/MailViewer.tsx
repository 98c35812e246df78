import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Result, Spin, Typography } from 'antd';
import type { Mailbox, ParsedMessage, ParseFailureCode } from '../../../shared/intake';
import { parseFailureCodes } from '../../../shared/intake';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { useText } from '../../i18n/useText';
import { MailAttachments } from './MailAttachments';
import { MailBody, MAX_SHOWN_TEXT } from './MailBody';
import { useSaveFile } from './useSaveFile';
import { useStoredMessage } from './useStoredMessage';

function mailboxText(list: readonly Mailbox[]): string {
  return list.map((m) => (m.name ? `${m.name} <${m.address}>` : m.address)).join(', ') || '—';
}

/** The failure code a kept raw document's `error` begins with (intakeCases.ts writes `code: detail`). */
function failureCodeOf(error: string): ParseFailureCode | undefined {
  const code = error.split(':')[0];
  return parseFailureCodes.find((c) => c === code);
}

function Headers({ message }: { message: ParsedMessage }) {
  const t = useText();
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 170 } }}>
      <Descriptions.Item label={t('intake.viewer.from')}>{message.from ? mailboxText([message.from]) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('intake.viewer.to')}>{mailboxText(message.to)}</Descriptions.Item>
      {message.cc.length ? <Descriptions.Item label={t('intake.viewer.cc')}>{mailboxText(message.cc)}</Descriptions.Item> : null}
      <Descriptions.Item label={t('intake.viewer.subject')}>{message.subject || t('intake.report.noSubject')}</Descriptions.Item>
      <Descriptions.Item label={t('intake.viewer.date')}>{message.date ? shanghaiDateTime(message.date) : t('intake.viewer.notRecorded')}</Descriptions.Item>
      <Descriptions.Item label={t('intake.viewer.receivedAt')}>
        {message.receivedAt
          ? message.receivedBy
            ? t('intake.receivedBy', { host: message.receivedBy, time: shanghaiDateTime(message.receivedAt) })
            : shanghaiDateTime(message.receivedAt)
          : t('intake.viewer.notRecorded')}
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.viewer.receivedAtSource')}>{message.receivedAtSource ? t(`receivedAtSource.${message.receivedAtSource}`) : t('intake.viewer.notRecorded')}</Descriptions.Item>
      {message.messageId ? <Descriptions.Item label={t('intake.viewer.messageId')}>{message.messageId}</Descriptions.Item> : null}
    </Descriptions>
  );
}

function Forwarded({ message }: { message: ParsedMessage }) {
  const t = useText();
  if (!message.forwarded.length) return null;
  return (
    <section aria-labelledby="mail-forwarded-title">
      <h3 id="mail-forwarded-title" className="pane-title" style={{ margin: '12px 0 6px' }}>
        {t('intake.viewer.forwarded')}
      </h3>
      {message.forwarded.map((f, i) => (
        <details key={i} style={{ marginBottom: 6 }}>
          <summary>
            {'›'.repeat(f.depth)} {f.subject || t('intake.report.noSubject')}
            {f.from ? <Typography.Text type="secondary"> · {mailboxText([f.from])}</Typography.Text> : null}
          </summary>
          {/* a forwarded text is shown as far as the body is (MailBody MAX_SHOWN_TEXT): laying out megabytes stalls the window */}
          <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: '4px 0 0 12px' }}>{f.text.slice(0, MAX_SHOWN_TEXT)}</pre>
        </details>
      ))}
    </section>
  );
}

/**
 * The mail viewer (SPEC §1 "Display"): headers with the time of receipt and
 * where it came from, the body (plain text as text, HTML sanitised in a
 * sandboxed frame), the links listed apart, and the attachments with type,
 * size and SHA-256, saved through the platform and never opened inline. A
 * file that could not be parsed shows its error and can be saved as it came.
 */
export function MailViewer({ documentId, open, onClose }: { documentId: string | undefined; open: boolean; onClose: () => void }) {
  const t = useText();
  const stored = useStoredMessage(open ? documentId : undefined);
  const save = useSaveFile();
  const name = stored.state === 'ready' ? stored.document.fileName : '';

  let content;
  if (stored.state === 'loading') content = <Spin description={t('intake.viewer.loading')} />;
  else if (stored.state === 'missing') content = <Result status="404" title={t('intake.viewer.notFound')} />;
  else {
    const { document, bytes, parsed, html } = stored;
    const saveRaw = bytes ? (
      <Button icon={<DownloadOutlined />} onClick={() => void save(document.fileName, bytes)}>
        {t('intake.viewer.saveRaw')}
      </Button>
    ) : null;
    const error =
      document.error ??
      (stored.timedOut ? 'parser-timeout' : undefined) ??
      (stored.error !== undefined ? `parser-error: ${stored.error}` : undefined) ??
      (parsed && !parsed.ok ? `${parsed.failure.code}${parsed.failure.detail ? `: ${parsed.failure.detail}` : ''}` : undefined);
    if (document.purgedAt) content = <Alert type="info" showIcon title={t('intake.viewer.purged')} />;
    else if (error !== undefined || !parsed?.ok) {
      const code = error ? failureCodeOf(error) : undefined;
      content = (
        <Flex vertical gap={12}>
          <Alert type="warning" showIcon title={t('intake.viewer.rawKept')} description={`${code ? t(`intake.failure.${code}`) : t('intake.viewer.error')}${error ? ` — ${error}` : ''}`} />
          <span>{saveRaw}</span>
        </Flex>
      );
    } else {
      const message = parsed.message;
      content = (
        <Flex vertical gap={12}>
          <Headers message={message} />
          {message.warnings.length ? (
            <Alert
              type="warning"
              showIcon
              title={t('intake.report.warnings')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {message.warnings.map((w, i) => (
                    <li key={i}>{t(`intake.warning.${w.code}`, w.params)}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <MailBody message={message} html={html} />
          <Forwarded message={message} />
          <MailAttachments attachments={message.attachments} refused={message.refusedAttachments} />
          <span>{saveRaw}</span>
        </Flex>
      );
    }
  }

  return (
    <Drawer open={open} onClose={onClose} size={880} title={name ? t('intake.viewer.title', { name }) : t('intake.viewer.loading')} destroyOnHidden>
      {content}
    </Drawer>
  );
}
