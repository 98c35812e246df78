import { Modal, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { DATABASE_NAME, setDatabase } from '../db/database';
import { discardUnreadableStore, restoreIsTheWayOut } from '../db/discardStore';
import { useText } from '../i18n/useText';
import { unlockStore, type StoreFailure } from '../db/unlockStore';
import { StoreFailurePage } from '../features/store/StoreFailurePage';
import { startTeamSync } from '../features/team/teamRuntime';
import { localeChosen } from '../features/ui/uiSlice';
import { platform } from '../platform';
import { useAppDispatch } from './store';

type GateState = { kind: 'opening' } | { kind: 'open' } | { kind: 'failed'; failure: StoreFailure };

/**
 * Nothing that reads the case store renders before the store is open: the
 * key comes from the keychain, the database opens with it (and migrates),
 * and any failure becomes a screen that says what happened (issue 11).
 */
export function StoreGate({ children }: { children: React.ReactNode }) {
  const dispatch = useAppDispatch();
  const [state, setState] = useState<GateState>({ kind: 'opening' });
  const open = useCallback(async () => {
    setState({ kind: 'opening' });
    const result = await unlockStore(platform);
    if (result.ok) {
      setDatabase(result.db);
      setState({ kind: 'open' });
      // a workstation of a team catches up as soon as the store is open (issue 10)
      void startTeamSync(result.db);
    } else {
      // the saved language lives in the store that did not open: follow the system's
      if (navigator.language.toLowerCase().startsWith('en')) dispatch(localeChosen('en-US'));
      setState({ kind: 'failed', failure: result.failure });
    }
  }, [dispatch]);
  useEffect(() => {
    void open();
  }, [open]);
  const t = useText();
  // the unreadable store is deleted only once the officer says so; the first-run page of the empty store restores
  const restore = () =>
    Modal.confirm({
      title: t('store.restoreConfirmTitle'),
      content: t('store.restoreConfirmBody'),
      okText: t('store.restoreConfirmOk'),
      okButtonProps: { danger: true },
      onOk: async () => {
        await discardUnreadableStore(DATABASE_NAME);
        await open();
      },
    });
  if (state.kind === 'opening') return <Spin fullscreen />;
  if (state.kind === 'failed') {
    return <StoreFailurePage failure={state.failure} onRetry={() => void open()} {...(restoreIsTheWayOut(state.failure.kind) ? { onRestore: restore } : {})} />;
  }
  return children;
}
