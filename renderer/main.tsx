import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import { App } from './app/App';
import { makeStore } from './app/store';

// zod would probe `new Function` for speed, which the strict CSP rightly refuses (and reports)
z.config({ jitless: true });
// the case store must never be evicted by the browser under storage pressure
void navigator.storage?.persist?.();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <App store={makeStore()} />
  </StrictMode>,
);
