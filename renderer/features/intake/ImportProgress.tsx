import { Card, Progress, Typography } from 'antd';
import { useText } from '../../i18n/useText';
import type { ImportRun } from './intakeSlice';

/** The progress bar of a running import (SPEC "Quality": "a thousand emails … with a progress bar"). */
export function ImportProgress({ run }: { run: Extract<ImportRun, { status: 'running' }> }) {
  const t = useText();
  const phase = run.phase;
  // parsing is the first half of the bar, saving the second: both take about as long
  const percent =
    phase.phase === 'reading' ? 0 : phase.phase === 'parsing' ? (phase.filesDone / Math.max(1, phase.totalFiles)) * 50 : 50 + (phase.done / Math.max(1, phase.total)) * 50;
  const label =
    phase.phase === 'reading'
      ? t('intake.phase.reading')
      : phase.phase === 'parsing'
        ? t('intake.phase.parsing', { done: phase.filesDone, total: phase.totalFiles, messages: phase.messages })
        : t('intake.phase.saving', { done: phase.done, total: phase.total });
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Typography.Text aria-live="polite" data-testid="import-phase">
        {label}
      </Typography.Text>
      <Progress percent={Math.round(percent)} status="active" aria-label={t('intake.phase.label')} />
    </Card>
  );
}
