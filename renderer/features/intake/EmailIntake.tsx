import { Alert, Button, Space } from 'antd';
import { useText } from '../../i18n/useText';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { IntakeSettingsCard } from './IntakeSettingsCard';
import { MailDropZone } from './MailDropZone';
import { UnsortedTray } from './UnsortedTray';
import { useMailImport } from './useMailImport';

/** The email half of 收件: drop or pick, watch the progress, review the summary (SPEC §1). */
export function EmailIntake() {
  const t = useText();
  const { start, resume, discard, cancel, interrupted, run, ready, limitMb } = useMailImport();
  return (
    <MailDropZone onFiles={(files) => void start(files)} busy={!ready || run.status === 'running'} limitMb={limitMb}>
      {interrupted && run.status !== 'running' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('intake.resume.title', { files: interrupted.files })}
          description={t('intake.resume.description')}
          action={
            <Space>
              <Button type="primary" size="small" disabled={!ready} onClick={() => void resume(interrupted.jobId)}>
                {t('intake.resume.continue')}
              </Button>
              <Button size="small" danger onClick={() => void discard(interrupted.jobId)}>
                {t('intake.resume.discard')}
              </Button>
            </Space>
          }
        />
      ) : null}
      {run.status === 'running' ? <ImportProgress run={run} onCancel={cancel} /> : null}
      {run.status === 'failed' ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('intake.importFailed', { detail: run.detail })} /> : null}
      {run.status === 'done' ? <ImportSummary report={run.report} /> : null}
      <UnsortedTray />
      <IntakeSettingsCard />
    </MailDropZone>
  );
}
