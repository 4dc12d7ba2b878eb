import { useStrings } from '../lesson/i18n';
import { hrefFor, type Route } from '../lesson/location';
import type { Lang } from '../lesson/lang';
import { usePresenter, useTheme, type Theme } from './settings';
import { APP_STRINGS } from './strings';

function pathOf(route: Route): string[] {
  switch (route.page) {
    case 'lesson':
      return route.section ? [route.slug, route.section] : [route.slug];
    case 'gallery':
      return ['gallery'];
    case 'lab':
      return ['lab'];
    default:
      return [];
  }
}

export function Header({
  route,
  query,
  onShortcuts,
}: {
  route: Route;
  query: string;
  onShortcuts: () => void;
}) {
  const t = useStrings();
  const [theme, setTheme] = useTheme();
  const [presenter, setPresenter] = usePresenter();
  const other: Lang = route.lang === 'ko' ? 'en' : 'ko';
  return (
    <header className="site-header">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1rem', alignItems: 'center' }}>
        <a className="brand" href={hrefFor(route.lang)}>
          <img src="./favicon.svg" alt="" width={24} height={24} />
          <span>{t.appName}</span>
        </a>
        <a
          className="header-lab"
          href={hrefFor(route.lang, ['lab'])}
          aria-current={route.page === 'lab' ? 'page' : undefined}
          data-testid="header-lab"
        >
          {APP_STRINGS[route.lang].openLab}
        </a>
      </div>
      <nav className="header-tools" aria-label={t.language}>
        <a
          className="lang-switch"
          href={hrefFor(other, pathOf(route), query)}
          hrefLang={other}
          lang={other}
          aria-label={t.switchLangLabel}
          data-testid="lang-switch"
        >
          {t.otherLang}
        </a>
        <label className="theme-select">
          <span className="visually-hidden">{t.theme}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            <option value="system">{t.themeSystem}</option>
            <option value="light">{t.themeLight}</option>
            <option value="dark">{t.themeDark}</option>
          </select>
        </label>
        <button
          type="button"
          aria-pressed={presenter}
          onClick={() => setPresenter(!presenter)}
          data-testid="presenter-toggle"
        >
          {presenter ? t.presenterOn : t.presenter}
        </button>
        <button type="button" onClick={onShortcuts} aria-label={t.shortcuts} title={t.shortcuts}>
          ?
        </button>
      </nav>
    </header>
  );
}
