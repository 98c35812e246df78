import type { Translate } from '../../../shared/i18n/messages';
import { computeDeadline } from '../../../shared/deadlines';
import { letterPeriodFrom, type LetterPeriod } from '../../../shared/letters/templates/period';
import type { DeadlineContext } from '../../db/deadlineContext';
import { useDeadlineContext } from '../deadlines/useDeadlineContext';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import type { Requester } from '../../../shared/domain/requester';
import { todayInShanghai } from '../../../shared/domain/time';
import { DEFAULT_COMPANY_DETAILS, letterKindIds, letterLanguageIds, type LetterKind, type LetterLanguage, type LetterTemplate, type TemplateText } from '../../../shared/letters';
import { database } from '../../db/database';
import { DEFAULT_SIGNATORY_TITLE } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';
import { mergeDraft, templateFor, type DraftContext } from './draftModel';
import { restoreShippedTemplates, saveTemplate, useTemplateSet, withTemplate } from './templateSet';
import { useLetterSettings } from './useLetterSettings';

const at = '2026-11-20T02:00:00.000Z';
/** The preview's sample requester and case: a fixed, realistic request, answered by the template being edited. */
const SAMPLE_REQUESTER: Requester = { id: 'sample', kind: 'individual', name: '欧阳晓东', email: 'ouyang@qq.com', address: '浙江省宁波市海曙区中山西路 138 号', region: 'mainland', createdAt: at, updatedAt: at };
function sampleCase(template: LetterTemplate): Case {
  return {
    id: 'sample',
    reference: 'CL-2026-0188',
    channel: 'email',
    receivedAt: at,
    receivedAtSource: 'received-header',
    requesterId: SAMPLE_REQUESTER.id,
    requestType: template.requestTypes[0] ?? 'access',
    typeConfirmed: true,
    gdpr: template.regime === 'gdpr',
    subject: '',
    summary: '',
    status: 'open',
    stage: 'in-progress',
    assignee: '',
    pauses: [],
    extensions: [],
    dueDate: '2026-12-11',
    messageIds: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** The sample case's promise under the rules in force, as if its requester had been verified on receipt. */
function samplePeriod(c: Case, deadlines: DeadlineContext): LetterPeriod | undefined {
  return letterPeriodFrom(computeDeadline({ ...c, verifiedAt: c.receivedAt }, deadlines.calendar, deadlines.rules, c.receivedAt.slice(0, 10)));
}

/**
 * The letter templates as data (issue 6): a manager picks a kind, edits its
 * subject and text paragraphs in each language, sees the merged text with
 * sample data, and saves a new version; the schema refuses an unknown
 * {{field}} before anything is stored.
 */
export function TemplatesCard() {
  const t = useText();
  const { message } = App.useApp();
  const actor = useOfficerName();
  const settings = useLetterSettings();
  const set = useTemplateSet();
  const [kind, setKind] = useState<LetterKind>('acknowledgement');
  const [language, setLanguage] = useState<LetterLanguage>('zh-CN');
  const [edited, setEdited] = useState<LetterTemplate>();
  const stored = templateFor(kind, set);
  // an edit of another kind, or of a version since replaced, is dropped
  const draft = edited && edited.kind === kind && edited.version === stored.version ? edited : stored;
  const dirty = draft !== stored;
  const check = useMemo(() => (dirty ? withTemplate(set, draft) : undefined), [dirty, set, draft]);

  const deadlines = useDeadlineContext();
  const ctx: DraftContext = useMemo(
    () => ({
      case: sampleCase(draft),
      requester: SAMPLE_REQUESTER,
      officer: { name: actor ?? '王敏', title: settings?.signatoryTitle ?? DEFAULT_SIGNATORY_TITLE },
      company: settings?.company ?? DEFAULT_COMPANY_DETAILS,
      letterDate: todayInShanghai(Date.now()),
      templates: set,
      ...(deadlines ? { period: samplePeriod(sampleCase(draft), deadlines) } : {}),
    }),
    [draft, actor, settings, set, deadlines],
  );
  const preview = useMemo(() => mergeDraft(draft, language, ctx, {}).sections[0], [draft, language, ctx]);

  const editText = (l: LetterLanguage, change: (text: TemplateText) => TemplateText) => setEdited({ ...draft, text: { ...draft.text, [l]: change(draft.text[l]) } });
  const languageName = (l: LetterLanguage) => t(`letters.language.${l}`);

  const save = async () => {
    if (!actor) return;
    const result = await saveTemplate(database(), draft, actor);
    if (!result.ok) return void message.error(t('letters.templateEditor.invalid', { detail: result.message }), 8);
    setEdited(undefined);
    void message.success(t('letters.templateEditor.saved', { version: String(stored.version + 1) }));
  };
  const restore = async () => {
    if (!actor) return;
    await restoreShippedTemplates(database(), actor);
    setEdited(undefined);
    void message.success(t('letters.templateEditor.restored'));
  };

  const editor = (l: LetterLanguage) => (
    <Form layout="vertical" component="div">
      <Form.Item label={t('letters.templateEditor.subjectIn', { language: languageName(l) })} htmlFor={`template-subject-${l}`}>
        <Input id={`template-subject-${l}`} value={draft.text[l].subject} onChange={(e) => editText(l, (x) => ({ ...x, subject: e.target.value }))} />
      </Form.Item>
      {draft.text[l].blocks.map((block, i) => {
        const label = t('letters.templateEditor.blockIn', { n: String(i + 1), language: languageName(l) });
        return block.type === 'text' ? (
          <Form.Item key={i} label={label} htmlFor={`template-block-${l}-${i}`}>
            <Input.TextArea
              id={`template-block-${l}-${i}`}
              autoSize={{ minRows: 1, maxRows: 8 }}
              value={block.text}
              onChange={(e) => editText(l, (x) => ({ ...x, blocks: x.blocks.map((b, j) => (j === i ? { ...block, text: e.target.value } : b)) }))}
            />
          </Form.Item>
        ) : (
          <Form.Item key={i} label={label}>
            <Typography.Text type="secondary" aria-label={label}>
              {t('letters.templateEditor.clause', { name: clauseName(block.clause, t) })}
            </Typography.Text>
          </Form.Item>
        );
      })}
    </Form>
  );

  return (
    <Card size="small" title={<h2 className="pane-title">{t('letters.templateEditor.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('letters.templateEditor.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('letters.templateEditor.kind')} htmlFor="template-kind">
          <Select
            id="template-kind"
            aria-label={t('letters.templateEditor.kind')}
            showSearch={{ optionFilterProp: 'label' }}
            value={kind}
            onChange={(k: LetterKind) => setKind(k)}
            options={letterKindIds.map((k) => ({ value: k, label: t(`letters.kind.${k}`) }))}
            style={{ maxWidth: 420 }}
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t('letters.templateEditor.version', { template: String(stored.version), set: String(set.version) })}</Typography.Paragraph>
      <Tabs
        aria-label={t('letters.templateEditor.language')}
        activeKey={language}
        onChange={(key) => setLanguage(key as LetterLanguage)}
        items={letterLanguageIds.map((l) => ({ key: l, label: languageName(l), children: editor(l) }))}
      />
      {check && !check.ok ? <Alert type="error" showIcon title={t('letters.templateEditor.invalid', { detail: check.message })} style={{ marginBottom: 12 }} /> : null}
      <Card size="small" type="inner" title={t('letters.templateEditor.preview')} style={{ marginBottom: 12 }}>
        <section aria-label={t('letters.templateEditor.preview')}>
          <Typography.Paragraph strong>{t('letters.templateEditor.previewSubject', { subject: preview?.subject ?? '' })}</Typography.Paragraph>
          {preview?.paragraphs.map((p, i) => (
            <Typography.Paragraph key={i} style={p.style === 'item' ? { paddingLeft: 24 } : undefined}>
              {p.text}
            </Typography.Paragraph>
          ))}
        </section>
      </Card>
      <Space wrap>
        <Button type="primary" disabled={!dirty || !check?.ok || !actor} onClick={() => void save()}>
          {t('letters.templateEditor.save')}
        </Button>
        <Button disabled={!dirty} onClick={() => setEdited(undefined)}>
          {t('letters.templateEditor.reset')}
        </Button>
        <Popconfirm title={t('letters.templateEditor.restoreConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => void restore()}>
          <Button disabled={!actor}>{t('letters.templateEditor.restore')}</Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

const CLAUSE_IDS = ['salutation', 'identity-verification', 'response-time', 'remedies', 'contact', 'refusal-reasons', 'access-information-intro', 'access-information', 'recipients-informed', 'consent-withdrawal-effect', 'storage-only-basis', 'closing', 'closing-notice'] as const;

/** Issue 14: a clause by its name in the user's language, never its internal key (a clause added later shows its key). */
function clauseName(id: string, t: Translate): string {
  const known = CLAUSE_IDS.find((c) => c === id);
  return known ? t(`letters.templateEditor.clauseName.${known}`) : id;
}
