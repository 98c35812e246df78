import { Input, type App } from 'antd';
import type { Translate } from '../../../shared/i18n/messages';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/**
 * Issue 14: the officer's signing PIN for a signature made outside the letter
 * editor (an incident notice exported as a signed PDF). Resolves to the PIN,
 * or null when the officer cancels. The PIN lives in this prompt only.
 */
export function askSigningPin(modal: ModalApi, t: Translate, title: string): Promise<string | null> {
  let pin = '';
  return modal
    .confirm({
      title,
      icon: null,
      content: (
        <label htmlFor="export-sign-pin" style={{ display: 'block' }}>
          {t('letters.confirm.pin')}
          <Input.Password id="export-sign-pin" autoFocus autoComplete="off" onChange={(e) => (pin = e.target.value)} style={{ marginTop: 4 }} />
        </label>
      ),
      okText: t('letters.confirm.sign'),
      cancelText: t('common.cancel'),
    })
    .then(
      (confirmed) => (confirmed ? pin : null),
      () => null,
    );
}
