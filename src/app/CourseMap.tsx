import { useLang, useStrings } from '../lesson/i18n';
import { hrefFor } from '../lesson/location';
import { CHAPTERS, LESSONS } from '../lesson/lessons';
import { useProgress } from '../lesson/progress';

/** The course map: chapters and lessons in order, with summary, minutes and progress. */
export function CourseMap() {
  const t = useStrings();
  const lang = useLang();
  const [progress] = useProgress();
  const doneCount = LESSONS.filter((l) => progress[l.slug]).length;
  return (
    <main id="main" tabIndex={-1} className="page course-map">
      <h1>{t.appName}</h1>
      <p className="lead">{t.tagline}</p>
      <p className="progress-summary">
        <progress max={LESSONS.length} value={doneCount} aria-label={t.courseMap} />{' '}
        {t.progress(doneCount, LESSONS.length)}
      </p>
      <ol className="chapters">
        {CHAPTERS.map((chapter) => (
          <li key={chapter.id} className="chapter" data-chapter={chapter.id}>
            <h2>
              <span className="chapter-id">{chapter.id}</span> {chapter.title[lang]}
            </h2>
            <ol className="lessons">
              {chapter.lessons.map((lesson) => {
                const meta = lesson.meta[lang];
                const done = Boolean(progress[lesson.slug]);
                return (
                  <li key={lesson.slug} className="lesson-card" data-lesson={lesson.slug}>
                    <a href={hrefFor(lang, [lesson.slug])}>
                      <h3>{meta.title}</h3>
                    </a>
                    <p>{meta.summary}</p>
                    <p className="meta">
                      <span>{t.minutes(meta.minutes)}</span>
                      <span className={done ? 'badge done' : 'badge'}>
                        {done ? t.done : t.notStarted}
                      </span>
                    </p>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <p className="muted">
        <a href={hrefFor(lang, ['gallery'])}>{t.gallery}</a>
      </p>
    </main>
  );
}
