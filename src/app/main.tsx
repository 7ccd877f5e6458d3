import { corpus, corpusBaseUrl } from 'virtual:corpus';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../i18n/createI18n.ts';
import { App } from './App.tsx';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The browser tests ask for missing-key recording with ?debugI18n=1; users never pay for it.
const i18n = createI18n({ recordMissingKeys: new URLSearchParams(window.location.search).has('debugI18n') });

createRoot(container).render(
  <StrictMode>
    <App corpus={corpus} corpusBaseUrl={corpusBaseUrl} i18n={i18n} />
  </StrictMode>,
);
