import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './ShareButton.css';

export interface ShareButtonProps {
  /** The button's visible text (its accessible name too). */
  label: string;
  /** Called on click, so the link is the view's at that moment. */
  link: () => string;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

async function copyToClipboard(text: string): Promise<boolean> {
  // Absent on plain-http pages other than localhost, and refused in frames without clipboard permission.
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies a link and says so; where the clipboard cannot be written, shows the link selected in a text
 * field for the reader to copy.
 */
export function ShareButton({ label, link }: ShareButtonProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  useEffect(
    function selectLinkToCopy() {
      if (outcome.kind === 'manual') field.current?.select();
    },
    [outcome],
  );

  async function share() {
    const text = link();
    setOutcome((await copyToClipboard(text)) ? { kind: 'copied' } : { kind: 'manual', link: text });
  }

  return (
    <span className="share" data-testid="share">
      <button type="button" className="share-button" onClick={() => void share()}>
        {label}
      </button>
      {/* Always in the page, so screen readers announce what is written into it. */}
      <span className="share-status" role="status">
        {outcome.kind === 'copied' && t('share.copied')}
      </span>
      {outcome.kind === 'manual' && (
        <span className="share-manual">
          <label htmlFor={fieldId}>{t('share.copyManually')}</label>
          <input
            ref={field}
            id={fieldId}
            className="share-field"
            type="text"
            readOnly
            value={outcome.link}
            onFocus={(focus) => focus.currentTarget.select()}
            data-untranslated=""
          />
        </span>
      )}
    </span>
  );
}
