import { Typography } from 'antd';
import { countSms, groupDigits } from '../../../../shared/incidents';
import { useText } from '../../../i18n/useText';

/** What the SMS costs as it stands: characters, segments, the encoding's limits, and the total for the list's mobile numbers. */
export function SmsCounter({ text, mobiles }: { text: string; mobiles: number }) {
  const t = useText();
  const count = countSms(text);
  return (
    <div aria-live="polite" style={{ margin: '6px 0' }}>
      <Typography.Text strong>{t('incidents.sms.count', { characters: count.characters, segments: count.segments })}</Typography.Text>
      <Typography.Text type="secondary">
        {' · '}
        {t('incidents.sms.remaining', { remaining: count.remainingInLast })}
        {' · '}
        {t(`incidents.sms.encoding.${count.encoding}`)}
      </Typography.Text>
      {mobiles > 0 ? (
        <div>
          <Typography.Text type="secondary">{t('incidents.sms.cost', { people: groupDigits(mobiles), total: groupDigits(mobiles * count.segments) })}</Typography.Text>
        </div>
      ) : null}
    </div>
  );
}
