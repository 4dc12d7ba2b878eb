/**
 * `npm run test:content`: checks every lesson (see scripts/content/lessonContent.ts) and prints the
 * syllabus coverage per language. Exits non-zero on any error. With `--strict`, an id of the
 * syllabus that no lesson covers in either language is an error too.
 */
import { fileURLToPath } from 'node:url';
import { checkContent, LANGS } from './content/lessonContent';
import { readdirSync, existsSync } from 'node:fs';
import { specsFromModules } from '../src/widgets/discover';

const strict = process.argv.includes('--strict');
// `--lesson <folder>` also checks a lesson folder that course.json does not list yet.
const extra = process.argv.flatMap((a, i, all) =>
  a === '--lesson' && all[i + 1] ? [all[i + 1]] : [],
);
const lessonsDir = fileURLToPath(new URL('../lessons', import.meta.url));
const widgetsDir = fileURLToPath(new URL('../src/widgets', import.meta.url));

// The same discovery as src/widgets/specs.ts, with the file system instead of Vite's glob.
const modules: Record<string, Record<string, unknown>> = {};
const missingImpl: string[] = [];
for (const name of readdirSync(widgetsDir)) {
  const file = `${widgetsDir}/${name}/spec.ts`;
  if (existsSync(file))
    modules[`./${name}/spec.ts`] = (await import(file)) as Record<string, unknown>;
}
const WIDGET_SPECS = specsFromModules(modules);
const { errors, lessons, coverage } = await checkContent(lessonsDir, WIDGET_SPECS, extra);
errors.push(...missingImpl);

console.log('Syllabus coverage (id: ko lessons | en lessons)');
let uncovered = 0;
for (const [id, byLang] of coverage) {
  const missing = LANGS.filter((l) => byLang[l].length === 0);
  if (missing.length) uncovered++;
  const cell = (l: (typeof LANGS)[number]) => (byLang[l].length ? byLang[l].join(', ') : '—');
  console.log(`  ${id.padEnd(6)} ${cell('ko')} | ${cell('en')}`);
}
console.log(
  `${coverage.size - uncovered} of ${coverage.size} syllabus ids covered in both languages.`,
);
if (strict && uncovered) errors.push(`${uncovered} syllabus ids are not covered in both languages`);

console.log(`${lessons.length} lesson files checked.`);
if (errors.length) {
  console.error(`\n${errors.length} content problem(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log('Content OK.');
