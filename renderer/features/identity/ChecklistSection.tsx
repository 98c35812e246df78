import { Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDocument } from '../../../shared/domain/document';
import { shanghaiDateTime } from '../../../shared/domain/time';
import type { EvaluatedChecklistEntry, ItemStatus } from '../../../shared/identity/evaluate';
import type { Translate } from '../../../shared/i18n/messages';
import { useText } from '../../i18n/useText';
import { citationText } from '../../../shared/i18n/citation';
import { useAppSelector } from '../../app/store';
import { selectLocale } from '../ui/uiSlice';
import { RecordItemModal } from './RecordItemModal';

const STATUS_COLOURS: Record<ItemStatus, string> = { passed: 'success', failed: 'error', missing: 'default', incomplete: 'warning' };

function requirementText(entry: EvaluatedChecklistEntry, t: Translate): string {
  if (entry.requirement.when === 'reasonable-doubt' && !entry.required) return t('identity.requirement.reasonable-doubt');
  if (!entry.required) return t('identity.requirement.notRequired');
  return t(`identity.requirement.${entry.requirement.when}`);
}

/** The checklist of the requester kind (SPEC §2), each item with its status, its last record and a button to record it. */
export function ChecklistSection({
  caseId,
  checklist,
  documents,
  disabled,
}: {
  caseId: string;
  checklist: readonly EvaluatedChecklistEntry[];
  documents: readonly CaseDocument[];
  disabled: boolean;
}) {
  const t = useText();
  const locale = useAppSelector(selectLocale);
  const [recording, setRecording] = useState<EvaluatedChecklistEntry | null>(null);
  const fileName = (id: string | undefined) => documents.find((d) => d.id === id)?.fileName;

  return (
    <section className="identity-block" aria-labelledby="identity-checklist-title">
      <h3 id="identity-checklist-title" className="identity-subtitle">
        {t('identity.panel.checklist')}
      </h3>
      <ul className="identity-checklist" aria-labelledby="identity-checklist-title">
        {checklist.map((entry) => {
          const label = t(`identity.item.${entry.item}`);
          const record = entry.record;
          const evidence = fileName(record?.evidenceDocumentId);
          return (
            <li key={entry.item} data-testid={`checklist-${entry.item}`}>
              <Flex justify="space-between" align="start" gap={8}>
                <div style={{ minWidth: 0 }}>
                  <Flex gap={6} wrap align="center">
                    <Typography.Text strong>{label}</Typography.Text>
                    <Tag color={STATUS_COLOURS[entry.status]}>{t(`identity.itemStatus.${entry.status}`)}</Tag>
                    <Tag bordered={false}>{requirementText(entry, t)}</Tag>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('identity.panel.expects', { evidence: t(`identity.evidence.${entry.definition.evidence}`) })} · {t('identity.panel.source', { source: citationText(entry.definition.source, locale) })}
                  </Typography.Text>
                  {record ? (
                    <div style={{ fontSize: 12 }}>
                      {t('identity.panel.lastRecord', {
                        method: t(`identity.method.${record.method}`),
                        result: t(`identity.itemResult.${record.result}`),
                        by: record.checkedBy,
                        at: shanghaiDateTime(record.checkedAt),
                      })}
                      {evidence ? ` · ${t('identity.panel.evidenceLinked', { name: evidence })}` : ''}
                      {record.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{record.note}</div> : null}
                    </div>
                  ) : null}
                </div>
                <Button size="small" disabled={disabled} aria-label={t('identity.panel.recordLabel', { item: label })} onClick={() => setRecording(entry)}>
                  {t('identity.panel.record')}
                </Button>
              </Flex>
            </li>
          );
        })}
      </ul>
      <RecordItemModal caseId={caseId} entry={recording} documents={documents} onClose={() => setRecording(null)} />
    </section>
  );
}
