/**
 * Registers the service worker that vite-plugin-pwa generates (registerType 'prompt'): a new
 * version installs in the background and waits until the reader chooses to reload.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Hash routes never navigate, so the browser's own update check (on navigation) would not run in
 * a tab left open; ask for sw.js again every hour while online.
 */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface ServiceWorkerState {
  /** A new version is installed and waiting. */
  needRefresh: boolean;
  /** Activates the waiting version; the page reloads once it controls the page. */
  reload: () => void;
  dismiss: () => void;
}

export function useServiceWorker(): ServiceWorkerState {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // Registration waits for the window's load event, so it never competes with the first paint.
    immediate: false,
    // The reload is ours (below): the plugin reloads only when a worker already controlled the page
    // at registration, which a first visit does not (clientsClaim hands it control later).
    onNeedReload: () => {},
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine && !registration.installing) void registration.update();
      }, UPDATE_CHECK_MS);
    },
  });
  return {
    needRefresh,
    reload: () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
        once: true,
      });
      void updateServiceWorker(true);
    },
    dismiss: () => setNeedRefresh(false),
  };
}
