import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Case } from '../../../shared/domain/case';
import type { ResponseLetter } from '../../../shared/domain/letter';
import { defaultLayout, letterKindSchema, suggestLetterKinds, type LetterLayout } from '../../../shared/letters';
import { database } from '../../db/database';
import { parseLetterBody } from '../../db/lettersBody';
import { readLetterSettings } from '../../db/lettersSettings';
import { readSetting } from '../../db/settings';
import { useText } from '../../i18n/useText';
import { DraftEditor, type DraftSeed } from './DraftEditor';
import { kindOf } from './letterLabels';
import { LetterStatusTag } from './LetterStatusTag';
import { SignedLetterView } from './SignedLetterView';

/** Everything a letter page needs from the store, live: the case, its requester, the officer, the letter settings. */
function useLetterContext(caseId: string | undefined) {
  return useLiveQuery(async () => {
    if (!caseId) return null;
    const db = database();
    const record = await db.cases.get(caseId);
    if (!record) return null;
    const [requester, officer, settings] = await Promise.all([db.requesters.get(record.requesterId), readSetting(db, 'officer'), readLetterSettings(db)]);
    return requester && officer ? { record, requester, officer: officer.name, settings } : null;
  }, [caseId]);
}

function LetterHeader({ record, title, tags }: { record: Case; title: string; tags?: ReactNode }) {
  const t = useText();
  return (
    <Space align="center" style={{ marginBottom: 12 }} wrap>
      <Link to={`/cases/${record.id}`} aria-label={t('letters.editor.backToCase')}>
        <Button icon={<ArrowLeftOutlined />} tabIndex={-1} />
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {tags}
    </Space>
  );
}

/** `/cases/:caseId/letters/new[?kind=refusal]`: a new letter for a case, the likeliest kind first. */
export function NewLetterPage() {
  const t = useText();
  const { caseId } = useParams();
  const [params] = useSearchParams();
  const context = useLetterContext(caseId);
  const [id] = useState(() => crypto.randomUUID());
  if (context === undefined) return <Spin />;
  if (context === null) return <Result status="404" title={t('letters.editor.caseNotFound')} />;
  const { record, requester } = context;
  const asked = letterKindSchema.safeParse(params.get('kind'));
  const seed: DraftSeed = {
    id,
    kind: asked.success ? asked.data : (suggestLetterKinds(record)[0] ?? 'acknowledgement'),
    layout: defaultLayout(record, requester),
    version: 1,
    edited: null,
    saved: false,
  };
  return (
    <article>
      <LetterHeader record={record} title={t('letters.editor.newTitle', { reference: record.reference })} tags={<LetterStatusTag status="draft" />} />
      <DraftEditor seed={seed} record={record} requester={requester} officer={context.officer} settings={context.settings} />
    </article>
  );
}

function seedOf(letter: ResponseLetter): DraftSeed | undefined {
  const body = parseLetterBody(letter.body);
  const kind = kindOf(letter);
  if (!kind) return undefined;
  return {
    id: letter.id,
    kind,
    layout: letter.language as LetterLayout,
    version: letter.version,
    ...(letter.replaces ? { replaces: letter.replaces } : {}),
    ...(body ? { written: body.written } : {}),
    edited: body?.edited ? body.sections : null,
    ...(body?.caseStage ? { caseStage: body.caseStage } : {}),
    saved: true,
  };
}

/** `/letters/:letterId`: a draft to edit, or a signed letter to print, send or correct. */
export function LetterPage() {
  const t = useText();
  const { letterId } = useParams();
  const letter = useLiveQuery(async () => (letterId ? ((await database().letters.get(letterId)) ?? null) : null), [letterId]);
  const context = useLetterContext(letter?.caseId);
  if (letter === undefined || (letter && context === undefined)) return <Spin />;
  if (letter === null) return <Result status="404" title={t('letters.editor.notFound')} extra={<Link to="/letters">{t('letters.title')}</Link>} />;
  if (!context) return <Result status="404" title={t('letters.editor.caseNotFound')} />;
  const { record, requester } = context;
  const title = t('letters.editor.title', { reference: record.reference });
  const tags = (
    <>
      <LetterStatusTag status={letter.status} />
      {letter.version > 1 ? <Tag>{t('letters.register.version', { version: letter.version })}</Tag> : null}
    </>
  );
  const seed = letter.status === 'draft' ? seedOf(letter) : undefined;
  return (
    <article>
      <LetterHeader record={record} title={title} tags={tags} />
      {seed ? (
        // keyed by the letter: a saved draft reopened starts from its own state
        <DraftEditor key={letter.id} seed={seed} record={record} requester={requester} officer={context.officer} settings={context.settings} />
      ) : (
        <SignedLetterView letter={letter} record={record} requester={requester} />
      )}
    </article>
  );
}
