import { Button, Space } from 'antd';
import { Link } from 'react-router';
import type { RegisterRow } from '../../db/lettersRegister';
import { useText } from '../../i18n/useText';
import { SendByMailButton } from '../mailbox/SendByMailButton';
import { kindName } from './letterLabels';
import type { useLetterActions } from './useLetterActions';

export interface LetterActionHandlers {
  actions: ReturnType<typeof useLetterActions>;
  onMarkSent(row: RegisterRow): void;
  onEnvelope(row: RegisterRow): void;
  onCorrect?(row: RegisterRow): void;
}

/** The buttons of one letter: a draft is edited; a signed letter is printed, saved, mailed, sent, or corrected by a new version. */
export function LetterActions({ row, handlers, showOpen = true, size = 'small' }: { row: RegisterRow; handlers: LetterActionHandlers; showOpen?: boolean; size?: 'small' | 'middle' }) {
  const t = useText();
  const { letter } = row;
  const name = t('letters.action.actionsFor', { reference: row.case?.reference ?? '', letter: kindName(letter, t) });
  if (letter.status === 'draft') {
    return (
      <Space wrap size={4} role="group" aria-label={name}>
        <Link to={`/letters/${letter.id}`}>{t('letters.action.edit')}</Link>
      </Space>
    );
  }
  const { actions } = handlers;
  return (
    <Space wrap size={4} role="group" aria-label={name}>
      {showOpen ? <Link to={`/letters/${letter.id}`}>{t('letters.action.open')}</Link> : null}
      <Button size={size} onClick={() => void actions.print([row])}>
        {t('letters.action.print')}
      </Button>
      <Button size={size} onClick={() => void actions.savePdf(row)}>
        {t('letters.action.savePdf')}
      </Button>
      <Button size={size} disabled={!row.requester?.email} title={row.requester?.email ? undefined : t('letters.noEmail')} onClick={() => void actions.saveEml(row)}>
        {t('letters.action.eml')}
      </Button>
      <Button size={size} disabled={!row.requester?.address} title={row.requester?.address ? undefined : t('letters.noAddress')} onClick={() => handlers.onEnvelope(row)}>
        {t('letters.action.envelope')}
      </Button>
      {/* issue 17: sent over SMTP from the legal mailbox, kept on the case */}
      {letter.status === 'signed' ? <SendByMailButton row={row} size={size} /> : null}
      {letter.status === 'signed' ? (
        <Button size={size} onClick={() => handlers.onMarkSent(row)}>
          {t('letters.action.markSent')}
        </Button>
      ) : null}
      {handlers.onCorrect ? (
        <Button size={size} onClick={() => handlers.onCorrect?.(row)}>
          {t('letters.action.correct')}
        </Button>
      ) : null}
    </Space>
  );
}
