import type { Ignored } from '../lesson/codec';
import { useStrings } from '../lesson/i18n';

/** Tells the user which settings from the link were not used, with a way back to defaults. */
export function LinkNotice({
  ignored,
  onDismiss,
  onReset,
}: {
  ignored: Ignored[];
  onDismiss: () => void;
  onReset: () => void;
}) {
  const t = useStrings();
  return (
    <section className="notice" role="status" aria-live="polite" data-testid="link-notice">
      <h2>{t.linkNoticeTitle}</h2>
      <ul>
        {ignored.slice(0, 12).map((item, i) => (
          <li key={`${item.key}-${i}`}>
            {item.key && <code>{item.key.slice(0, 60)}</code>} {t.ignoredReason[item.reason]}
          </li>
        ))}
      </ul>
      <div className="notice-actions">
        <button type="button" onClick={onReset}>
          {t.linkNoticeReset}
        </button>
        <button type="button" onClick={onDismiss}>
          {t.dismiss}
        </button>
      </div>
    </section>
  );
}
