// biome-ignore assist/source/organizeImports: zodWithoutEval must be evaluated before any module builds a zod schema.
import { zodConfig } from './zodWithoutEval.ts';
import { corpus, corpusBaseUrl } from 'virtual:corpus';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../i18n/createI18n.ts';
import { App } from './App.tsx';
import './styles/base.css';

if (!zodConfig.jitless) throw new Error('zod must run jitless under the CSP');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

declare global {
  interface Window {
    __i18nMissing?: string[];
  }
}

// The browser tests ask for missing-key recording with ?debugI18n=1; users never pay for it.
const missingKeys: string[] | undefined = new URLSearchParams(window.location.search).has('debugI18n')
  ? []
  : undefined;
window.__i18nMissing = missingKeys;
const i18n = createI18n(missingKeys ? { onMissingKey: (key) => missingKeys.push(key) } : {});

createRoot(container).render(
  <StrictMode>
    <App corpus={corpus} corpusBaseUrl={corpusBaseUrl} i18n={i18n} />
  </StrictMode>,
);
