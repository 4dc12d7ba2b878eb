/**
 * "Copy link": the page's address (every setting is in it) to the clipboard; where the clipboard
 * is refused (an insecure origin, a permission), the link is shown selected for copying by hand.
 */
import { useRef, useState } from 'react';
import type { Lang } from '../lesson/lang';
import { OPEN_LAB_STRINGS } from './strings';

export function CopyLink({ lang }: { lang: Lang }) {
  const t = OPEN_LAB_STRINGS[lang];
  const [shown, setShown] = useState<{ url: string; copied: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const copy = async () => {
    const url = window.location.href;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    setShown({ url, copied });
    if (!copied) requestAnimationFrame(() => input.current?.select());
  };

  return (
    <section
      className="openlab__link"
      aria-labelledby="openlab-link-title"
      data-testid="openlab-panel-link"
    >
      <h2 id="openlab-link-title">{t.link}</h2>
      <button type="button" onClick={() => void copy()} data-testid="openlab-copy">
        {t.copyLink}
      </button>
      <p aria-live="polite">{shown && (shown.copied ? t.copied : t.copyFallback)}</p>
      {shown && (
        <label className="openlab__url">
          {t.linkLabel}
          <input
            ref={input}
            readOnly
            value={shown.url}
            data-testid="openlab-url"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
      <p className="muted">{t.hideHint}</p>
    </section>
  );
}
