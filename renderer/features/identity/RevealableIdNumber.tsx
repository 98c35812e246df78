import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { maskIdNumber } from '../../../shared/domain/requester';
import { revealIdNumber } from '../../db/identityReveal';
import { useText } from '../../i18n/useText';
import { useIdentityAction } from './useIdentityAction';

/**
 * An ID number shown masked (3301**********064X); 查看完整号码 shows it in
 * full for this view only, after the store has written the 'identity.revealed'
 * event (SPEC §2: revealing is an explicit, audited action). The full number
 * lives in this component's state and nowhere else: leaving the page forgets it.
 */
export function RevealableIdNumber({ caseId, requesterId, idNumber }: { caseId: string; requesterId: string; idNumber: string }) {
  const t = useText();
  const { run, busy, ready } = useIdentityAction();
  const [revealed, setRevealed] = useState<{ for: string; number: string } | null>(null);
  // a different number (another requester, a corrected number) starts masked again
  const shown = revealed?.for === `${requesterId}:${maskIdNumber(idNumber)}` ? revealed.number : null;

  return (
    <Space size={4} wrap>
      <Typography.Text code data-testid="id-number" aria-live="polite">
        {shown ?? maskIdNumber(idNumber)}
      </Typography.Text>
      {shown ? (
        <>
          <Button size="small" type="link" icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)}>
            {t('identity.panel.reveal.hide')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('identity.panel.reveal.note')}
          </Typography.Text>
        </>
      ) : (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          loading={busy}
          disabled={!ready}
          title={t('identity.panel.reveal.showLabel')}
          onClick={async () => {
            const number = await run((db, actor) => revealIdNumber(db, caseId, requesterId, actor));
            if (number) setRevealed({ for: `${requesterId}:${maskIdNumber(number)}`, number });
          }}
        >
          {t('identity.panel.reveal.show')}
        </Button>
      )}
    </Space>
  );
}
