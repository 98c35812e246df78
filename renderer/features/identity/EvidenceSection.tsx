import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDocument } from '../../../shared/domain/document';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { purgeIdentityEvidence } from '../../db/identityEvidence';
import { useText } from '../../i18n/useText';
import { useIdentityAction } from './useIdentityAction';
import { validFields } from '../ui/validFields';

/**
 * The case's identity evidence, and 清除扫描件 once verification is done
 * (SPEC §2, §6; policy 5.5: kept no longer than needed). A purged scan keeps
 * its SHA-256 and says who purged it, when and why.
 */
export function EvidenceSection({ documents, verificationDone }: { documents: readonly CaseDocument[]; verificationDone: boolean }) {
  const t = useText();
  const { run, busy } = useIdentityAction();
  const [purging, setPurging] = useState<CaseDocument | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const evidence = documents.filter((d) => d.identityEvidence);

  return (
    <section className="identity-block" aria-labelledby="identity-evidence-title">
      <h3 id="identity-evidence-title" className="identity-subtitle">
        {t('identity.panel.evidence.title')}
      </h3>
      {evidence.length === 0 ? (
        <Typography.Text type="secondary">{t('identity.panel.evidence.none')}</Typography.Text>
      ) : (
        <ul className="identity-evidence" aria-labelledby="identity-evidence-title">
          {evidence.map((doc) => (
            <li key={doc.id} data-testid="identity-evidence">
              <Flex justify="space-between" align="center" gap={8}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text delete={doc.purgedAt !== undefined}>{doc.fileName}</Typography.Text>{' '}
                  <Typography.Text code>{doc.sha256.slice(0, 12)}…</Typography.Text>
                  {doc.purgedAt ? (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('identity.panel.evidence.purged', { at: shanghaiDateTime(doc.purgedAt), by: doc.purgedBy ?? '', reason: doc.purgeReason ?? '' })}
                    </Typography.Text>
                  ) : null}
                </div>
                {doc.purgedAt ? null : (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={!verificationDone}
                    title={verificationDone ? undefined : t('identity.panel.evidence.notYet')}
                    aria-label={t('identity.panel.evidence.purgeLabel', { name: doc.fileName })}
                    onClick={() => {
                      form.setFieldsValue({ reason: t('identity.panel.evidence.purgeReasonDefault') });
                      setPurging(doc);
                    }}
                  >
                    {t('identity.panel.evidence.purge')}
                  </Button>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {!verificationDone && evidence.some((d) => !d.purgedAt) ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('identity.panel.evidence.notYet')}
        </Typography.Text>
      ) : null}
      <Modal
        open={purging !== null}
        title={purging ? t('identity.panel.evidence.purgeTitle', { name: purging.fileName }) : ''}
        okText={t('identity.panel.evidence.purge')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        forceRender
        onCancel={() => setPurging(null)}
        onOk={async () => {
          if (!purging) return;
          const values = await validFields(form);
          if (!values) return;
          const { reason } = values;
          if (await run((db, actor) => purgeIdentityEvidence(db, purging.id, reason, actor), t('identity.panel.evidence.purgedOk'))) setPurging(null);
        }}
      >
        <Typography.Paragraph type="warning">{t('identity.panel.evidence.purgeWarning')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false} name="identity-purge">
          <Form.Item name="reason" label={t('identity.panel.evidence.purgeReason')} rules={[{ required: true, whitespace: true, message: t('identity.panel.outcome.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
