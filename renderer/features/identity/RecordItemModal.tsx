import { Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useEffect } from 'react';
import type { CaseDocument } from '../../../shared/domain/document';
import type { EvaluatedChecklistEntry } from '../../../shared/identity/evaluate';
import { documentMethods, itemResultIds, type ItemResult, type VerificationMethod } from '../../../shared/identity/vocabulary';
import { recordCheckItem } from '../../db/identityChecks';
import { useText } from '../../i18n/useText';
import { EvidenceUploadButton } from './EvidenceUploadButton';
import { useIdentityAction } from './useIdentityAction';
import { validFields } from '../ui/validFields';

interface ItemFormValues {
  method?: VerificationMethod;
  evidenceDocumentId?: string;
  result: ItemResult;
  note?: string;
}

const NO_DOCUMENT = '';

/**
 * Records one checklist item (SPEC §2: method, evidence, result, who and
 * when; "who" and "when" are the officer and the moment of saving). A method
 * that leaves a document needs its document; a statement needs its note.
 */
export function RecordItemModal({
  caseId,
  entry,
  documents,
  onClose,
}: {
  caseId: string;
  entry: EvaluatedChecklistEntry | null;
  documents: readonly CaseDocument[];
  onClose: () => void;
}) {
  const t = useText();
  const [form] = Form.useForm<ItemFormValues>();
  const { run, busy } = useIdentityAction();
  const method = Form.useWatch('method', form);
  const result = Form.useWatch('result', form);

  useEffect(() => {
    if (!entry) return;
    form.resetFields();
    const methods = entry.definition.methods;
    form.setFieldsValue({ result: 'passed', method: methods.length === 1 ? methods[0] : undefined, evidenceDocumentId: NO_DOCUMENT });
  }, [entry, form]);

  if (!entry) return null;
  const itemLabel = t(`identity.item.${entry.item}`);
  const needsDocument = method !== undefined && documentMethods.has(method) && result === 'passed';
  const available = documents.filter((d) => !d.purgedAt);

  return (
    <Modal
      open
      title={t('identity.panel.itemForm.title', { item: itemLabel })}
      okText={t('identity.panel.itemForm.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      onCancel={onClose}
      onOk={async () => {
        const values = await validFields(form);
        if (!values) return;
        if (!values.method) return;
        const saved = await run((db, actor) =>
          recordCheckItem(
            db,
            caseId,
            {
              item: entry.item,
              method: values.method!,
              result: values.result,
              ...(values.evidenceDocumentId ? { evidenceDocumentId: values.evidenceDocumentId } : {}),
              ...(values.note?.trim() ? { note: values.note.trim() } : {}),
            },
            actor,
          ),
        );
        if (saved) onClose();
      }}
    >
      <Typography.Paragraph type="secondary">{t('identity.panel.expects', { evidence: t(`identity.evidence.${entry.definition.evidence}`) })}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} name={`identity-item-${entry.item}`}>
        <Form.Item name="method" label={t('identity.panel.itemForm.method')} rules={[{ required: true, message: t('identity.panel.itemForm.methodRequired') }]}>
          <Select options={entry.definition.methods.map((m) => ({ value: m, label: t(`identity.method.${m}`) }))} />
        </Form.Item>
        <Form.Item label={t('identity.panel.itemForm.evidence')} required={needsDocument}>
          <Flex gap={8} wrap>
            <Form.Item
              name="evidenceDocumentId"
              noStyle
              dependencies={['method', 'result']}
              rules={[{ validator: async (_, value) => (needsDocument && !value ? Promise.reject(new Error(t('identity.panel.itemForm.evidenceRequired'))) : undefined) }]}
            >
              <Select
                aria-label={t('identity.panel.itemForm.evidence')}
                style={{ minWidth: 240, flex: 1 }}
                options={[
                  { value: NO_DOCUMENT, label: t('identity.panel.itemForm.evidenceNone') },
                  ...available.map((d) => ({ value: d.id, label: d.fileName })),
                ]}
              />
            </Form.Item>
            <EvidenceUploadButton caseId={caseId} onUploaded={(doc) => form.setFieldsValue({ evidenceDocumentId: doc.id })} />
          </Flex>
        </Form.Item>
        <Form.Item name="result" label={t('identity.panel.itemForm.result')}>
          <Radio.Group aria-label={t('identity.panel.itemForm.result')} options={itemResultIds.map((r) => ({ value: r, label: t(`identity.itemResult.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('identity.panel.itemForm.note')}
          rules={entry.definition.noteRequired ? [{ required: true, whitespace: true, message: t('identity.panel.itemForm.noteRequired') }] : []}
          extra={entry.definition.noteRequired ? t('identity.panel.itemForm.noteRequired') : undefined}
        >
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('identity.panel.itemForm.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
