import { Alert } from 'antd';
import { useText } from '../../i18n/useText';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { IntakeSettingsCard } from './IntakeSettingsCard';
import { MailDropZone } from './MailDropZone';
import { useMailImport } from './useMailImport';

/** The email half of 收件: drop or pick, watch the progress, review the summary (SPEC §1). */
export function EmailIntake() {
  const t = useText();
  const { start, run, ready, limitMb } = useMailImport();
  return (
    <MailDropZone onFiles={(files) => void start(files)} busy={!ready || run.status === 'running'} limitMb={limitMb}>
      {run.status === 'running' ? <ImportProgress run={run} /> : null}
      {run.status === 'failed' ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('intake.importFailed', { detail: run.detail })} /> : null}
      {run.status === 'done' ? <ImportSummary report={run.report} /> : null}
      <IntakeSettingsCard />
    </MailDropZone>
  );
}
