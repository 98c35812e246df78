import { Button, Card, Flex, Progress, Typography } from 'antd';
import { useText } from '../../i18n/useText';
import type { ImportRun } from './intakeSlice';

/**
 * The progress bar of a running import (SPEC "Quality": "a thousand emails …
 * with a progress bar"), counted in files: messages are parsed and saved as
 * they go (issue 12), so one bar tells both. The import can be cancelled:
 * what is saved stays.
 */
export function ImportProgress({ run, onCancel }: { run: Extract<ImportRun, { status: 'running' }>; onCancel: () => void }) {
  const t = useText();
  const phase = run.phase;
  const percent = phase.phase === 'reading' ? 0 : (phase.filesDone / Math.max(1, phase.totalFiles)) * 100;
  const label =
    phase.phase === 'reading'
      ? t('intake.phase.reading')
      : t('intake.phase.importing', { done: phase.filesDone, total: phase.totalFiles, parsed: phase.parsed, saved: phase.saved });
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" gap={12}>
        <Typography.Text aria-live="polite" data-testid="import-phase">
          {run.cancelling ? t('intake.phase.cancelling') : label}
        </Typography.Text>
        <Button danger size="small" onClick={onCancel} disabled={run.cancelling === true}>
          {t('intake.phase.cancel')}
        </Button>
      </Flex>
      <Progress percent={Math.round(percent)} status="active" aria-label={t('intake.phase.label')} />
    </Card>
  );
}
