import { Button } from 'antd';
import { useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import { isVoided } from '../../../shared/cases/lifecycle';
import { useText } from '../../i18n/useText';
import { AssignModal } from './AssignModal';

/** The case page's 转办 beside the officer's name (issue 14); a closed or voided case keeps its officer. */
export function AssignButton({ record }: { record: Case }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  if (record.status === 'closed' || isVoided(record)) return null;
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} aria-label={t('cases.assign.button')}>
        {t('cases.assign.button')}
      </Button>
      <AssignModal caseIds={[record.id]} open={open} current={record.assignee} onClose={() => setOpen(false)} />
    </>
  );
}
