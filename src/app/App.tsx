/**
 * The shell: reads the route from the hash, keeps the language, theme and presenter mode on the
 * document, and renders the course map, a lesson, or the gallery.
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useState, type ComponentType } from 'react';
import type { Lang } from '../lesson/lang';
import { LangContext, detectLang, rememberLang } from '../lesson/i18n';
import { STRINGS } from '../lesson/strings';
import { hrefFor, parseHash, replaceHash, useHash } from '../lesson/location';
import { Header } from './Header';
import { CourseMap } from './CourseMap';
import { LessonPage } from './LessonPage';
import { NotFound } from './NotFound';
import { ShortcutsDialog } from './ShortcutsDialog';
import { usePresenter, useTheme } from './settings';
import { useShortcuts } from './useShortcuts';
import { UpdateNotice } from '../pwa/UpdateNotice';

// The gallery is a development and e2e aid; it is loaded only when its page is opened.
const galleryModules = import.meta.glob<{ default: ComponentType<{ lang: Lang }> }>(
  '../viz/gallery/GalleryPage.tsx',
);
const loadGallery = Object.values(galleryModules)[0];
const GalleryPage = loadGallery ? lazy(loadGallery) : null;
// The open lab brings its own panels, data readers and CSV parser: loaded only when opened.
const LabPage = lazy(() => import('../openlab/LabPage'));

export function App() {
  const hash = useHash();
  const { route, rest, query } = parseHash(hash);
  const [theme] = useTheme();
  const [presenter, setPresenter] = usePresenter();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  // A link without a valid language opens in the reader's language, keeping the rest of the path.
  useLayoutEffect(() => {
    if (!route) replaceHash(hrefFor(detectLang(), rest, query));
  }, [route, rest, query]);

  const lang = route?.lang ?? 'en';
  useEffect(() => {
    if (route) rememberLang(route.lang);
  }, [route]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dataset.theme = theme;
    root.dataset.presenter = presenter ? 'on' : 'off';
  }, [lang, theme, presenter]);

  useShortcuts({
    presenter,
    togglePresenter: () => setPresenter(!presenter),
    openShortcuts: () => setShortcutsOpen(true),
  });

  if (!route) return null;
  const t = STRINGS[lang];
  let page;
  switch (route.page) {
    case 'map':
      page = <CourseMap />;
      break;
    case 'lesson':
      page = <LessonPage slug={route.slug} section={route.section} query={query} />;
      break;
    case 'gallery':
      page = !GalleryPage ? (
        <NotFound />
      ) : (
        <div id="main" tabIndex={-1} className="page">
          <Suspense fallback={<p className="muted">{t.loading}</p>}>
            <GalleryPage lang={lang} />
          </Suspense>
        </div>
      );
      break;
    case 'lab':
      page = (
        <div id="main" tabIndex={-1} className="page">
          <Suspense fallback={<p className="muted">{t.loading}</p>}>
            <LabPage lang={lang} />
          </Suspense>
        </div>
      );
      break;
    default:
      page = <NotFound />;
  }
  return (
    <LangContext.Provider value={lang}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.skipToContent}
      </a>
      <Header route={route} query={query} onShortcuts={() => setShortcutsOpen(true)} />
      {page}
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <UpdateNotice />
    </LangContext.Provider>
  );
}

/** Hash routing owns `#…`, so the skip link moves focus itself instead of navigating. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
