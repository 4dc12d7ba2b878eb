/**
 * "A new version is available — Reload", shown while a new service worker waits (issue #7). A
 * polite live region, so it is announced without taking focus; both actions are plain buttons.
 */
import { useLang } from '../lesson/i18n';
import { PWA_STRINGS, type PwaStrings } from './strings';
import { useServiceWorker } from './useServiceWorker';
import './UpdateNotice.css';

export function UpdateNotice() {
  const sw = useServiceWorker();
  return (
    <UpdateNoticeView
      t={PWA_STRINGS[useLang()]}
      needRefresh={sw.needRefresh}
      onReload={sw.reload}
      onDismiss={sw.dismiss}
    />
  );
}

export interface UpdateNoticeViewProps {
  t: PwaStrings;
  needRefresh: boolean;
  onReload: () => void;
  onDismiss: () => void;
}

/** The notice itself, apart from the registration, so that it renders in a unit test. */
export function UpdateNoticeView({ t, needRefresh, onReload, onDismiss }: UpdateNoticeViewProps) {
  // The live region stays mounted so that screen readers announce the text when it appears.
  return (
    <div className="pwa-notice" role="status" aria-live="polite" data-testid="pwa-notice">
      {needRefresh && (
        <section className="pwa-notice-body" aria-label={t.label}>
          <p>{t.updateReady}</p>
          <div className="notice-actions">
            <button type="button" className="pwa-notice-reload" onClick={onReload}>
              {t.reload}
            </button>
            <button type="button" onClick={onDismiss}>
              {t.later}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
