import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { Provider } from 'react-redux';
import { HashRouter } from 'react-router';
import { database } from '../db/database';
import { readSetting } from '../db/settings';
import { localeChosen, selectLocale } from '../features/ui/uiSlice';
import { useReducedMotion } from '../features/ui/useReducedMotion';
import { platform } from '../platform';
import { Shell } from './Shell';
import { StoreGate } from './StoreGate';
import { useAppDispatch, useAppSelector, type AppStore } from './store';

/** Reads the saved interface language before the first paint, so a user never sees the other language flash. */
function LocaleGate({ children }: { children: React.ReactNode }) {
  const dispatch = useAppDispatch();
  const locale = useAppSelector(selectLocale);
  const [ready, setReady] = useState(false);
  const reducedMotion = useReducedMotion();
  useEffect(() => {
    void readSetting(database(), 'locale').then((saved) => {
      if (saved) dispatch(localeChosen(saved));
      setReady(true);
    });
  }, [dispatch]);
  useEffect(() => {
    document.documentElement.lang = locale;
    // the desktop menu follows the interface language; the web host has none
    void platform.setLocale({ locale });
  }, [locale]);
  if (!ready) return <Spin fullscreen />;
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { fontFamily: 'var(--casedesk-font)', colorPrimary: '#1f5fa8', borderRadius: 4, motion: !reducedMotion } }}
      wave={{ disabled: reducedMotion }}
      // antd would show two-character Chinese labels spaced out (保 存), which also changes their accessible name
      button={{ autoInsertSpace: false }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function App({ store }: { store: AppStore }) {
  return (
    <Provider store={store}>
      <StoreGate>
        <LocaleGate>
          <HashRouter>
            <Shell />
          </HashRouter>
        </LocaleGate>
      </StoreGate>
    </Provider>
  );
}
