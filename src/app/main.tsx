// biome-ignore assist/source/organizeImports: zodWithoutEval must be evaluated before any module builds a zod schema.
import { zodConfig } from './zodWithoutEval.ts';
import { corpusBaseUrl } from 'virtual:corpus';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { LoadError } from '../embed/EmbeddedTimeline.tsx';
import { reportHeightToParent } from '../embed/iframeHeight.ts';
import { loadCorpus } from '../embed/loadCorpus.ts';
import { SetAsideNotice } from '../embed/SetAsideNotice.tsx';
import { createI18n, EMBED_LANGUAGE_STORAGE_KEY } from '../i18n/createI18n.ts';
import { App } from './App.tsx';
import { parseUrlState } from './model/urlState.ts';
import { createMemoryViewState } from './state/memoryViewState.ts';
import './styles/base.css';

if (!zodConfig.jitless) throw new Error('zod must run jitless under the CSP');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

declare global {
  interface Window {
    __i18nMissing?: string[];
  }
}

const params = new URLSearchParams(window.location.search);
// The browser tests ask for missing-key recording with ?debugI18n=1; users never pay for it.
const missingKeys: string[] | undefined = params.has('debugI18n') ? [] : undefined;
window.__i18nMissing = missingKeys;
// ?embed=1: the iframe form. The compact layout, the embeds' language key, and the height sent to the parent.
const embedded = params.get('embed') === '1';
const i18n = createI18n({
  ...(missingKeys ? { onMissingKey: (key: string) => missingKeys.push(key) } : {}),
  ...(embedded ? { storageKey: EMBED_LANGUAGE_STORAGE_KEY } : {}),
});
if (embedded) reportHeightToParent();
// A frame's history entries are the host page's too: the iframe reads its URL once and keeps the rest in memory,
// so the host's back button never walks through the timeline's selections.
const viewState = embedded ? createMemoryViewState(parseUrlState(window.location.search)) : undefined;

// index.html shows a loading line in #root until the index (preloaded beside this script) is here.
void loadCorpus(new URL('index.json', corpusBaseUrl).href, new AbortController().signal, {
  validate: false,
}).then((load) => {
  createRoot(container).render(
    <StrictMode>
      {load.status === 'ready' ? (
        <>
          <I18nextProvider i18n={i18n}>
            <SetAsideNotice report={load.setAside} />
          </I18nextProvider>
          <App
            corpus={load.corpus}
            corpusBaseUrl={load.baseUrl}
            i18n={i18n}
            viewState={viewState}
            host={embedded ? { compact: true, contained: false } : undefined}
          />
        </>
      ) : (
        <I18nextProvider i18n={i18n}>
          <LoadError load={load} />
        </I18nextProvider>
      )}
    </StrictMode>,
  );
});
