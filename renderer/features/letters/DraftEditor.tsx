import { Alert, App, Button, Card, Col, Form, Popconfirm, Radio, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Case, CaseStage } from '../../../shared/domain/case';
import type { Requester } from '../../../shared/domain/requester';
import { todayInShanghai } from '../../../shared/domain/time';
import { letterKindIds, letterWarnings, letterWarningText, missingFieldText, renderErrorText, suggestLetterKinds, type LetterImages, type LetterKind, type LetterLayout, type LetterSection, type MergeFieldName } from '../../../shared/letters';
import { computeDeadline } from '../../../shared/deadlines';
import { letterPeriodFrom } from '../../../shared/letters/templates/period';
import { database } from '../../db/database';
import { useDeadlineContext } from '../deadlines/useDeadlineContext';
import { deleteLetterDraft, saveLetterDraft, type LetterDraft } from '../../db/letters';
import type { WrittenFields, WrittenValue } from '../../db/lettersBody';
import type { LetterSettings } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';
import { initialWritten, letterContent, letterSubject, mergeDraft, officerFields, templateFor, type DraftContext } from './draftModel';
import { FieldsForm } from './FieldsForm';
import { ParagraphsEditor } from './ParagraphsEditor';
import { PdfFrame } from './PdfFrame';
import { SignChecks } from './SignChecks';
import { usePdfPreview } from './usePdfPreview';
import { signingProblemText } from './signingProblemText';
import { SignConfirmModal } from './SignConfirmModal';
import { useSignLetter, type SigningPlan } from './useSignLetter';
import { useSigningStatus } from './useSigningStatus';
import { useTemplateSet } from './templateSet';

export interface DraftSeed {
  id: string;
  kind: LetterKind;
  layout: LetterLayout;
  version: number;
  replaces?: string;
  /** undefined: start from what the case says */
  written?: WrittenFields;
  /** the officer's own text, once edited by hand */
  edited: LetterSection[] | null;
  /** already in the store (saved before) */
  saved: boolean;
  /** the case's stage when the paragraphs last followed the case (issue 14) */
  caseStage?: CaseStage;
}

const LAYOUTS: LetterLayout[] = ['zh-CN', 'en-US', 'bilingual'];

/**
 * A draft letter (SPEC §4): choose the kind (the case's likeliest first) and
 * language, write what the case cannot say, edit the text, watch the PDF;
 * sign once nothing is missing. A refusal does not sign without its reasons
 * (PIPL 50); a character the font lacks is named, never printed as a box.
 */
export function DraftEditor({ seed, record, requester, officer, settings }: { seed: DraftSeed; record: Case; requester: Requester; officer: string; settings: LetterSettings }) {
  const t = useText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const today = todayInShanghai(Date.now());
  const templates = useTemplateSet();
  const deadlines = useDeadlineContext();
  const period = useMemo(() => (deadlines ? letterPeriodFrom(computeDeadline(record, deadlines.calendar, deadlines.rules, today)) : undefined), [deadlines, record, today]);
  const ctx: DraftContext = useMemo(
    () => ({
      case: record,
      requester,
      officer: { name: officer, title: settings.signatoryTitle },
      company: settings.company,
      letterDate: today,
      templates,
      ...(period ? { period } : {}),
    }),
    [record, requester, officer, settings, today, templates, period],
  );
  const [kind, setKind] = useState(seed.kind);
  const [layout, setLayout] = useState(seed.layout);
  const template = templateFor(kind, templates);
  const fields = useMemo(() => officerFields(template, layout, ctx), [template, layout, ctx]);
  const [written, setWritten] = useState<WrittenFields>(() => seed.written ?? initialWritten(officerFields(templateFor(seed.kind, templates), seed.layout, ctx), seed.layout, ctx));
  const [edited, setEdited] = useState<LetterSection[] | null>(seed.edited);
  const [saved, setSaved] = useState(seed.saved);
  const merged = useMemo(() => mergeDraft(template, layout, ctx, written), [template, layout, ctx, written]);
  const sections = edited ?? merged.sections;
  const content = useMemo(() => letterContent(ctx, layout, sections), [ctx, layout, sections]);
  const images: LetterImages = useMemo(
    () => ({ ...(settings.images.signature ? { signature: settings.images.signature.png } : {}), ...(settings.images.seal ? { seal: settings.images.seal.png } : {}) }),
    [settings.images],
  );
  const preview = usePdfPreview(content, images);
  const { prepare, sign, signing } = useSignLetter();
  const [plan, setPlan] = useState<SigningPlan | null>(null);

  const suggested = suggestLetterKinds(record);
  const draftStage = seed.edited !== null ? seed.caseStage : undefined;
  const draft: LetterDraft = {
    id: seed.id,
    caseId: record.id,
    kind,
    layout,
    version: seed.version,
    ...(seed.replaces ? { replaces: seed.replaces } : {}),
    subject: letterSubject(sections),
    // the stage the text was written at: kept while it is the officer's own text, the case's own while it follows the case
    body: { v: 1, templateVersion: template.version, written, edited: edited !== null, sections, caseStage: edited !== null ? (draftStage ?? record.stage) : record.stage },
  };
  // issue 14: what the letter would say that no longer holds, shown here and again at signing
  const warnings = letterWarnings({ kind, sections, letterDate: today, case: record, edited: edited !== null, ...(draftStage ? { draftStage } : {}) }).map((w) => letterWarningText(w, t));
  const { status } = useSigningStatus();
  const blockers = [
    ...merged.missing.map((m) => missingFieldText(m, t)),
    ...(preview.error ? [renderErrorText(preview.error, t)] : []),
    ...(status.state === 'ready' && !status.value.signer ? [t('letters.editor.noSigner')] : []),
    ...(status.state === 'ready' && status.value.problem ? [signingProblemText(status.value.problem, t)] : []),
  ];

  const setField = (field: MergeFieldName, value: WrittenValue | undefined) =>
    setWritten((w) => {
      const next = { ...w };
      if (value === undefined) delete next[field];
      else next[field] = value;
      return next;
    });

  const saveDraft = async () => {
    await saveLetterDraft(database(), draft);
    void message.success(t('letters.editor.draftSaved'));
    if (!saved) {
      setSaved(true);
      void navigate(`/letters/${seed.id}`, { replace: true });
    }
  };
  const remove = async () => {
    if (saved) await deleteLetterDraft(database(), seed.id);
    void navigate(`/cases/${record.id}`);
  };
  // issue 14: 签署函件 prepares the letter and asks for confirmation and the PIN; nothing is signed by this click alone
  const signNow = async () => {
    const prepared = await prepare(content, images);
    if (!prepared.ok) return void message.error(prepared.message, 8);
    setPlan(prepared.plan);
  };
  const confirmSignature = async (pin: string) => {
    if (!plan) return { ok: false as const, message: '' };
    const outcome = await sign(draft, content, images, officer, plan, pin);
    if (!outcome.ok) return outcome;
    setPlan(null);
    void message.success(t('letters.editor.signed', { sha256: outcome.sha256 }));
    void navigate(`/letters/${seed.id}`, { replace: true });
    return outcome;
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={11}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small">
            <Form layout="vertical" component="div" disabled={edited !== null}>
              <Form.Item label={t('letters.editor.kind')} htmlFor="letter-kind">
                <Select
                  id="letter-kind"
                  showSearch={{ optionFilterProp: 'label' }}
                  value={kind}
                  onChange={(k: LetterKind) => setKind(k)}
                  options={[
                    { label: t('letters.editor.suggested'), options: suggested.map((k) => ({ value: k, label: t(`letters.kind.${k}`) })) },
                    { label: t('letters.editor.otherKinds'), options: letterKindIds.filter((k) => !suggested.includes(k)).map((k) => ({ value: k, label: t(`letters.kind.${k}`) })) },
                  ]}
                />
              </Form.Item>
              <Form.Item label={t('letters.editor.layout')} style={{ marginBottom: 0 }}>
                <Radio.Group
                  aria-label={t('letters.editor.layout')}
                  value={layout}
                  onChange={(e) => setLayout(e.target.value as LetterLayout)}
                  options={LAYOUTS.map((l) => ({ value: l, label: t(`letters.editor.layoutOption.${l}`) }))}
                  optionType="button"
                />
              </Form.Item>
            </Form>
          </Card>
          <Card size="small" title={<h2 className="pane-title">{t('letters.editor.fields')}</h2>}>
            <FieldsForm kind={kind} layout={layout} fields={fields} written={written} disabled={edited !== null} onChange={setField} />
          </Card>
          <SignChecks blockers={blockers} warnings={warnings} images={settings.images} />
          <Card size="small" title={<h2 className="pane-title">{t('letters.editor.paragraphs')}</h2>}>
            {edited ? (
              <Alert
                type="info"
                showIcon
                message={t('letters.editor.edited')}
                action={
                  <Popconfirm title={t('letters.editor.rebuildConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => setEdited(null)}>
                    <Button size="small">{t('letters.editor.rebuild')}</Button>
                  </Popconfirm>
                }
                style={{ marginBottom: 12 }}
              />
            ) : null}
            {merged.missing.length && !edited ? (
              <Typography.Text type="secondary">{t('letters.editor.paragraphsLater')}</Typography.Text>
            ) : (
              <ParagraphsEditor sections={sections} onChange={setEdited} />
            )}
          </Card>
          <Space wrap>
            <Button type="primary" disabled={blockers.length > 0 || preview.rendering} loading={signing} onClick={() => void signNow()}>
              {signing ? t('letters.editor.signing') : t('letters.editor.sign')}
            </Button>
            <Button onClick={() => void saveDraft()}>{t('letters.editor.saveDraft')}</Button>
            <Popconfirm title={t('letters.editor.deleteConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => void remove()}>
              <Button danger>{t('letters.editor.deleteDraft')}</Button>
            </Popconfirm>
          </Space>
        </Space>
      </Col>
      <Col xs={24} xl={13}>
        <PdfFrame url={preview.url} title={t('letters.editor.preview')} busy={preview.rendering} />
      </Col>
      {plan ? (
        <SignConfirmModal
          plan={plan}
          kindLabel={t(`letters.kind.${kind}`)}
          reference={record.reference}
          recipientName={content.recipient.name}
          officer={officer}
          warnings={warnings}
          busy={signing}
          onCancel={() => setPlan(null)}
          onConfirm={confirmSignature}
        />
      ) : null}
    </Row>
  );
}
