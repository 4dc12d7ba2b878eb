/**
 * Lesson `##` headings with a visible link to their own section, so a teacher can copy the address
 * of exactly this part of the lesson.
 */
import { createContext, useContext, type ComponentPropsWithoutRef } from 'react';
import { useLang, useStrings } from './i18n';
import { hrefFor } from './location';

/** The slug of the lesson being rendered. */
export const LessonSlugContext = createContext<string>('');

export function SectionHeading({ children, id, ...rest }: ComponentPropsWithoutRef<'h2'>) {
  const lang = useLang();
  const t = useStrings();
  const slug = useContext(LessonSlugContext);
  return (
    <h2 id={id} {...rest}>
      {children}
      {id && slug && (
        <a className="section-anchor" href={hrefFor(lang, [slug, id])} aria-label={t.linkToSection}>
          #
        </a>
      )}
    </h2>
  );
}
