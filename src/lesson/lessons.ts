/**
 * The course as data: chapters and lesson order from `lessons/course.json`, each lesson's front
 * matter read eagerly (tiny), each lesson body loaded lazily as its own chunk.
 */
import type { ComponentType } from 'react';
import course from '../../lessons/course.json';
import type { Bilingual, Lang } from './lang';

export interface LessonFrontmatter {
  title: string;
  summary: string;
  minutes: number;
  covers: string[];
  sections: string[];
}

export interface LessonInfo {
  /** Folder name, e.g. `03-recurrent-neuron`. */
  folder: string;
  /** URL slug, the folder name without its number, e.g. `recurrent-neuron`. */
  slug: string;
  chapterId: string;
  meta: Record<Lang, LessonFrontmatter>;
  load: Record<Lang, () => Promise<{ default: ComponentType<{ components?: object }> }>>;
}

export interface ChapterInfo {
  id: string;
  title: Bilingual;
  lessons: LessonInfo[];
}

const metas = import.meta.glob<LessonFrontmatter>('../../lessons/*/*.mdx', {
  query: '?frontmatter',
  import: 'default',
  eager: true,
});
const bodies = import.meta.glob<{ default: ComponentType<{ components?: object }> }>(
  '../../lessons/*/*.mdx',
);

function lessonFile(folder: string, lang: Lang): string {
  return `../../lessons/${folder}/${lang}.mdx`;
}

export function slugOf(folder: string): string {
  return folder.replace(/^\d+-/, '');
}

function build(): ChapterInfo[] {
  return course.chapters.map((chapter) => ({
    id: chapter.id,
    title: chapter.title,
    lessons: chapter.lessons.map((folder): LessonInfo => {
      const meta = {} as Record<Lang, LessonFrontmatter>;
      const load = {} as LessonInfo['load'];
      for (const lang of ['ko', 'en'] as const) {
        const file = lessonFile(folder, lang);
        const m = metas[`${file}?frontmatter`] ?? metas[file];
        const body = bodies[file];
        if (!m || !body) throw new Error(`lessons/${folder}/${lang}.mdx is missing`);
        meta[lang] = m;
        load[lang] = body;
      }
      return { folder, slug: slugOf(folder), chapterId: chapter.id, meta, load };
    }),
  }));
}

export const CHAPTERS: ChapterInfo[] = build();
export const LESSONS: LessonInfo[] = CHAPTERS.flatMap((c) => c.lessons);

export function findLesson(slug: string): LessonInfo | undefined {
  return LESSONS.find((l) => l.slug === slug);
}
