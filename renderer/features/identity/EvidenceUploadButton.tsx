import { UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { CaseDocument } from '../../../shared/domain/document';
import { addIdentityEvidence } from '../../db/identityEvidence';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { useIdentityAction } from './useIdentityAction';

/** The file types a scan of an identity document arrives in. */
const SCAN_FILTERS = [{ name: 'Scans', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'heic', 'tif', 'tiff', 'bmp', 'webp'] }];

/**
 * Picks a file through the platform (native dialog on the desktop, a file
 * input on the web host) and stores it as identity evidence of the case,
 * SHA-256 and audit event included, in one transaction.
 */
export function EvidenceUploadButton({ caseId, onUploaded }: { caseId: string; onUploaded: (doc: CaseDocument) => void }) {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();
  const { run, busy, ready } = useIdentityAction();

  return (
    <Button
      icon={<UploadOutlined />}
      loading={busy}
      disabled={!ready}
      onClick={async () => {
        const picked = await platform.openFiles({ title: t('identity.panel.itemForm.upload'), filters: SCAN_FILTERS, multiple: false });
        if (!picked.ok) {
          if (picked.error.code !== 'cancelled') void message.error(errorText(picked.error));
          return;
        }
        const file = picked.value[0];
        if (!file) return;
        const doc = await run((db, actor) => addIdentityEvidence(db, caseId, { name: file.name, bytes: file.bytes }, actor), t('identity.panel.itemForm.uploaded', { name: file.name }));
        if (doc) onUploaded(doc);
      }}
    >
      {t('identity.panel.itemForm.upload')}
    </Button>
  );
}
