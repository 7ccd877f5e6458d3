import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { App } from '../app/App.tsx';
import type { MemoryViewState } from '../app/state/memoryViewState.ts';
import { useUiLanguage } from '../app/useUiLanguage.ts';
import { type CorpusLoad, loadCorpus } from './loadCorpus.ts';
import { SetAsideNotice } from './SetAsideNotice.tsx';

export interface EmbeddedTimelineProps {
  /** Absolute URL of the corpus index; a new URL reloads. */
  src: string;
  compact: boolean;
  i18n: i18n;
  viewState: MemoryViewState;
  /** The standalone app's address, where share links point. */
  appUrl: string;
}

type LoadState = { status: 'loading'; src: string } | (CorpusLoad & { src: string });

/** An error the host's readers can see, inside the embed's box (never a blank box with a console line). */
export function LoadError({ load }: { load: Extract<CorpusLoad, { status: 'failed' }> }) {
  const { t } = useTranslation();
  const message =
    load.reason === 'not-json'
      ? t('embed.notJson', { url: load.url })
      : load.reason === 'invalid'
        ? t('embed.invalidData', { url: load.url, reason: load.detail })
        : t('embed.loadFailed', { url: load.url, reason: load.detail });
  return (
    <div className="embed-error" role="alert" data-testid="embed-error" data-reason={load.reason}>
      <p className="embed-error-title">{t('embed.errorTitle')}</p>
      <p className="embed-error-detail" data-untranslated="">
        {message}
      </p>
    </div>
  );
}

function EmbedBody({
  load,
  compact,
  i18n,
  viewState,
  appUrl,
}: { load: LoadState } & Omit<EmbeddedTimelineProps, 'src'>) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  return (
    // `lang` here, not on the host's element: the reader can switch the language inside the embed.
    <div className="embed-scroll" lang={lng}>
      {load.status === 'loading' && (
        <p className="embed-loading" role="status">
          {t('embed.loading')}
        </p>
      )}
      {load.status === 'failed' && <LoadError load={load} />}
      {load.status === 'ready' && (
        <>
          <SetAsideNotice report={load.setAside} />
          <App
            corpus={load.corpus}
            corpusBaseUrl={load.baseUrl}
            i18n={i18n}
            viewState={viewState}
            host={{ compact, contained: true, appUrl }}
          />
        </>
      )}
    </div>
  );
}

/** Loads the corpus from `src`, then shows the app in the embed's layout, or the reason it cannot. */
export function EmbeddedTimeline({ src, ...rest }: EmbeddedTimelineProps) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading', src });

  useEffect(
    function loadFromSource() {
      const controller = new AbortController();
      setLoad({ status: 'loading', src });
      void loadCorpus(src, controller.signal).then((result) => {
        if (!controller.signal.aborted) setLoad({ ...result, src });
      });
      return function abortLoad() {
        controller.abort();
      };
    },
    [src],
  );

  return (
    <I18nextProvider i18n={rest.i18n}>
      <EmbedBody load={load.src === src ? load : { status: 'loading', src }} {...rest} />
    </I18nextProvider>
  );
}
