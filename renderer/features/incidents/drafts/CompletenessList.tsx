import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import type { CompletenessResult } from '../../../../shared/incidents';
import { ELEMENT_SOURCES } from '../../../../shared/incidents';
import { useText } from '../../../i18n/useText';

/**
 * The completeness check of a draft (issue 7): every element its rules ask
 * for, ticked or named as missing with why and the rule that asks for it.
 */
export function CompletenessList({ result, headingId }: { result: CompletenessResult; headingId: string }) {
  const t = useText();
  const missing = new Map(result.missing.map((m) => [m.element, m]));
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="pane-title" style={{ marginBottom: 8 }}>
        {t('incidents.drafts.check.title')}
      </h3>
      {result.complete ? (
        <Alert type="success" showIcon title={t('incidents.drafts.check.complete')} style={{ marginBottom: 8 }} />
      ) : (
        <Alert type="error" showIcon title={t('incidents.drafts.check.missing', { count: result.missing.length })} style={{ marginBottom: 8 }} />
      )}
      <ul aria-label={t('incidents.drafts.check.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {result.required.map((element) => {
          const gap = missing.get(element);
          const sources = (gap?.sources ?? ELEMENT_SOURCES[element]).map((s) => t(`incidents.source.${s}`)).join(t('incidents.clauseSeparator'));
          return (
            <li key={element} data-missing={gap ? 'true' : 'false'} style={{ padding: '3px 0' }}>
              <Flex gap={6} align="baseline">
                {gap ? <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden /> : <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />}
                <span>
                  <Typography.Text strong={!!gap} type={gap ? 'danger' : undefined}>
                    {t(`incidents.element.${element}`)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('incidents.drafts.check.detail', { state: gap ? t(`incidents.problem.${gap.problem}`) : t('incidents.drafts.check.present'), sources })}
                  </Typography.Text>
                </span>
              </Flex>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
