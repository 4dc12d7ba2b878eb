/**
 * A lesson: its MDX body (loaded lazily), a table of contents built from the rendered section
 * headings, previous/next, "mark as done", and the notice that reports link settings not used.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import { useLang, useStrings } from '../lesson/i18n';
import { hrefFor, replaceQuery } from '../lesson/location';
import { LESSONS, findLesson, type LessonInfo } from '../lesson/lessons';
import type { Lang } from '../lesson/lang';
import { useProgress } from '../lesson/progress';
import { LessonStateContext, type LessonState } from '../lesson/lessonState';
import type { Ignored } from '../lesson/codec';
import { ErrorBoundary } from '../lesson/WidgetFrame';
import { MDX_COMPONENTS } from '../widgets/registry';
import { LessonSlugContext, SectionHeading } from '../lesson/SectionHeading';

const COMPONENTS = { ...MDX_COMPONENTS, h2: SectionHeading };
import { NotFound } from './NotFound';
import { LinkNotice } from './LinkNotice';

type Body = ComponentType<{ components?: object }>;
const bodies = new Map<string, Body>();

/** One stable lazy component per lesson and language, so switching back does not reload it. */
function bodyFor(lesson: LessonInfo, lang: Lang): Body {
  const key = `${lesson.folder}/${lang}`;
  let body = bodies.get(key);
  if (!body) {
    body = lazy(lesson.load[lang]);
    bodies.set(key, body);
  }
  return body;
}

interface TocEntry {
  id: string;
  text: string;
}

/** Runs after the lesson body's effects (it is rendered after the body), when headings exist. */
function AfterContent({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

export function LessonPage({
  slug,
  section,
  query,
}: {
  slug: string;
  section: string | null;
  query: string;
}) {
  const lang = useLang();
  const t = useStrings();
  const lesson = findLesson(slug);
  const [progress, setDone] = useProgress();
  const [toc, setToc] = useState<TocEntry[]>([]);
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const [retry, setRetry] = useState(0);
  const [ready, setReady] = useState(false);
  const widgetIds = useRef(new Set<string>());
  const articleRef = useRef<HTMLElement>(null);

  const lessonState = useMemo<LessonState>(
    () => ({
      registerWidget: (id) => widgetIds.current.add(id),
      unregisterWidget: (id) => widgetIds.current.delete(id),
      reportIgnored: (items) =>
        setIgnored((prev) => {
          const known = new Set(prev.map((i) => `${i.key}=${i.value}`));
          const fresh = items.filter((i) => !known.has(`${i.key}=${i.value}`));
          return fresh.length ? [...prev, ...fresh] : prev;
        }),
    }),
    [],
  );

  // A different lesson or language starts from an empty contents list and report. This is done
  // while rendering (not in an effect), so that a lesson whose chunk is already loaded, and whose
  // widgets report ignored settings during their first effects, keeps that report.
  const [shownFor, setShownFor] = useState(`${slug}/${lang}`);
  if (shownFor !== `${slug}/${lang}`) {
    setShownFor(`${slug}/${lang}`);
    setToc([]);
    setIgnored([]);
    setReady(false);
  }

  const onReady = useCallback(() => {
    const headings = articleRef.current?.querySelectorAll<HTMLElement>('h2[data-section]') ?? [];
    setToc(
      Array.from(headings, (h) => ({
        id: h.id,
        text: Array.from(h.childNodes)
          .filter((n) => !(n instanceof HTMLElement && n.classList.contains('section-anchor')))
          .map((n) => n.textContent ?? '')
          .join('')
          .trim(),
      })),
    );
    setReady(true);
    // Settings in the link addressed to no widget on this page.
    const params = new URLSearchParams(query.length > 2048 ? '' : query);
    const unknown: Ignored[] = [];
    for (const [key, value] of params) {
      const id = key.includes('.') ? key.slice(0, key.indexOf('.')) : '';
      if (!widgetIds.current.has(id)) unknown.push({ key, value, reason: 'unknown' });
    }
    if (unknown.length) lessonState.reportIgnored(unknown);
  }, [query, lessonState]);

  // Scroll to the section named in the route once the body has rendered, and keep it in place
  // while widgets above it finish loading and grow, until the reader scrolls by themselves.
  useEffect(() => {
    if (!ready || !section) return undefined;
    const el = document.getElementById(section);
    const article = articleRef.current;
    if (!el || !article?.contains(el)) return undefined;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
    const settle = new ResizeObserver(() => el.scrollIntoView({ block: 'start' }));
    settle.observe(article);
    const stop = () => {
      settle.disconnect();
      for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
        window.removeEventListener(type, stop);
      }
    };
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
      window.addEventListener(type, stop, { passive: true });
    }
    const timer = window.setTimeout(stop, 5000);
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [ready, section]);

  useEffect(() => {
    if (lesson) document.title = `${lesson.meta[lang].title} · Unrolled`;
  }, [lesson, lang]);

  // The body is the same element until the lesson or language changes: a change of widget
  // settings in the link re-renders only the widgets that read them, never the whole text.
  const Body = lesson ? bodyFor(lesson, lang) : null;
  const body = useMemo(() => (Body ? <Body components={COMPONENTS} /> : null), [Body]);
  if (!lesson) return <NotFound />;
  const meta = lesson.meta[lang];
  const index = LESSONS.indexOf(lesson);
  const prev = LESSONS[index - 1];
  const next = LESSONS[index + 1];
  const done = Boolean(progress[slug]);

  return (
    <div className="lesson-layout">
      <aside className="sidebar" aria-label={t.contents}>
        <nav aria-label={t.contents}>
          <h2 className="sidebar-title">{t.contents}</h2>
          <ol className="toc">
            {toc.map((entry) => (
              <li key={entry.id}>
                <a
                  href={hrefFor(lang, [slug, entry.id], query)}
                  aria-current={entry.id === section ? 'location' : undefined}
                >
                  {entry.text}
                </a>
              </li>
            ))}
          </ol>
          <p>
            <a href={hrefFor(lang)}>{t.courseMap}</a>
          </p>
        </nav>
      </aside>
      <main id="main" tabIndex={-1} className="page lesson">
        {ignored.length > 0 && (
          <LinkNotice
            ignored={ignored}
            onDismiss={() => setIgnored([])}
            onReset={() => {
              setIgnored([]);
              replaceQuery('');
            }}
          />
        )}
        <header className="lesson-header">
          <p className="eyebrow">
            {lesson.chapterId} · {t.minutes(meta.minutes)}
          </p>
          <h1>{meta.title}</h1>
          <p className="lead">{meta.summary}</p>
        </header>
        <LessonStateContext.Provider value={lessonState}>
          <article ref={articleRef} className="prose" lang={lang}>
            <ErrorBoundary
              key={`${slug}/${lang}/${retry}`}
              fallback={() => (
                <div role="alert">
                  <p>{t.lessonFailed}</p>
                  <button type="button" onClick={() => setRetry((r) => r + 1)}>
                    {t.retry}
                  </button>
                </div>
              )}
            >
              <Suspense fallback={<p className="muted">{t.loading}</p>}>
                <LessonSlugContext.Provider value={slug}>{body}</LessonSlugContext.Provider>
                <AfterContent onReady={onReady} />
              </Suspense>
            </ErrorBoundary>
          </article>
        </LessonStateContext.Provider>
        <footer className="lesson-footer">
          <button
            type="button"
            className={done ? 'done-button done' : 'done-button'}
            aria-pressed={done}
            onClick={() => setDone(slug, !done)}
            data-testid="mark-done"
          >
            {done ? t.markedDone : t.markDone}
          </button>
          <nav className="prev-next" aria-label={`${t.previous} / ${t.next}`}>
            {prev ? (
              <a rel="prev" href={hrefFor(lang, [prev.slug])}>
                ← {t.previous}: {prev.meta[lang].title}
              </a>
            ) : (
              <span />
            )}
            {next ? (
              <a rel="next" href={hrefFor(lang, [next.slug])}>
                {t.next}: {next.meta[lang].title} →
              </a>
            ) : (
              <span />
            )}
          </nav>
        </footer>
      </main>
    </div>
  );
}
