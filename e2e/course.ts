/** The course as e2e tests see it: lessons in order, and the live labs each lesson declares. */
import { readFileSync } from 'node:fs';

interface Course {
  chapters: { id: string; lessons: string[] }[];
}

export const COURSE = JSON.parse(readFileSync('lessons/course.json', 'utf8')) as Course;

export const LESSONS = COURSE.chapters.flatMap((c) =>
  c.lessons.map((folder) => ({ folder, slug: folder.replace(/^\d+-/, '') })),
);

export interface LabRef {
  slug: string;
  id: string;
  experiment: string;
}

/** Every `<TrainingLab id="…" experiment="…">` of the English lessons. */
export const TRAINING_LABS: LabRef[] = LESSONS.flatMap(({ folder, slug }) => {
  const source = readFileSync(`lessons/${folder}/en.mdx`, 'utf8');
  return [...source.matchAll(/<TrainingLab\s+id="([^"]+)"\s+experiment="([^"]+)"/g)].map((m) => ({
    slug,
    id: m[1],
    experiment: m[2],
  }));
});
