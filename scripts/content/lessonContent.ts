/**
 * Checks of the course content that need no browser: every lesson listed in course.json exists in
 * both languages, its front matter is complete, it compiles, it uses only registered widgets with
 * declared, literal, well-typed props, and it imports and computes nothing. Also builds the
 * syllabus coverage report (which lessons cover each id, per language).
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { compile } from '@mdx-js/mdx';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import rehypeKatex from 'rehype-katex';
import type { Root } from 'mdast';
import { readFrontmatter } from '../vite/frontmatter';
import { remarkSectionIds } from '../vite/sectionIds';
import type { WidgetSpec, PropSpec } from '../../src/lesson/widgetSpec';

export const LANGS = ['ko', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** HTML elements a lesson may write directly (for layout and semantics, never behaviour). */
const ALLOWED_HTML = new Set(['details', 'summary', 'figure', 'figcaption', 'kbd', 'abbr', 'br']);
const SECTION_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

export interface Course {
  chapters: { id: string; title: Record<Lang, string>; lessons: string[] }[];
}
export interface Syllabus {
  chapters: { id: string; topics: { id: string; title: Record<Lang, string>; lab: boolean }[] }[];
}

export interface LessonReport {
  folder: string;
  lang: Lang;
  covers: string[];
  widgets: string[];
}

export interface ContentResult {
  errors: string[];
  lessons: LessonReport[];
  /** Syllabus id → language → lesson folders covering it. */
  coverage: Map<string, Record<Lang, string[]>>;
}

function checkFrontmatter(
  data: Record<string, unknown>,
  where: string,
  ids: Set<string>,
): string[] {
  const errors: string[] = [];
  const str = (k: string) => typeof data[k] === 'string' && (data[k] as string).trim().length > 0;
  if (!str('title')) errors.push(`${where}: front matter needs a non-empty "title"`);
  if (!str('summary')) errors.push(`${where}: front matter needs a non-empty "summary"`);
  const minutes = data.minutes;
  if (!Number.isInteger(minutes) || (minutes as number) < 1 || (minutes as number) > 240) {
    errors.push(`${where}: "minutes" must be a whole number from 1 to 240`);
  }
  const covers = data.covers;
  if (!Array.isArray(covers) || covers.length === 0) {
    errors.push(`${where}: "covers" must list the syllabus ids the lesson teaches`);
  } else {
    for (const id of covers) {
      if (!ids.has(String(id))) errors.push(`${where}: covers unknown syllabus id "${String(id)}"`);
    }
  }
  const sections = data.sections;
  if (!Array.isArray(sections) || sections.length === 0) {
    errors.push(`${where}: "sections" must list the id of every "##" heading`);
  } else {
    const seen = new Set<string>();
    for (const s of sections) {
      if (!SECTION_ID.test(String(s))) errors.push(`${where}: bad section id "${String(s)}"`);
      if (seen.has(String(s))) errors.push(`${where}: section id "${String(s)}" repeated`);
      seen.add(String(s));
    }
  }
  return errors;
}

/** Checks one attribute value against its prop spec; the value must be a literal. */
function checkProp(spec: PropSpec, attr: { value: unknown }, where: string): string | null {
  const raw = attr.value;
  let value: unknown;
  if (raw === null || raw === undefined) value = true;
  else if (typeof raw === 'string') value = raw;
  else {
    const expr = (raw as { value?: string }).value ?? '';
    try {
      value = JSON.parse(expr);
    } catch {
      return `${where}: prop "${spec.name}" must be a literal (string, number, boolean or JSON array), got {${expr}}`;
    }
  }
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' ? null : `${where}: prop "${spec.name}" must be a string`;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return `${where}: prop "${spec.name}" must be a number`;
      }
      if (
        (spec.min !== undefined && value < spec.min) ||
        (spec.max !== undefined && value > spec.max)
      ) {
        return `${where}: prop "${spec.name}" = ${value} is outside [${spec.min}, ${spec.max}]`;
      }
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${where}: prop "${spec.name}" must be a boolean`;
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value)
        ? null
        : `${where}: prop "${spec.name}" must be one of ${(spec.values ?? []).join(', ')}`;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? null
        : `${where}: prop "${spec.name}" must be an array of strings`;
    case 'number[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'number')
        ? null
        : `${where}: prop "${spec.name}" must be an array of numbers`;
  }
  return null;
}

interface JsxAttr {
  type: string;
  name: string;
  value: unknown;
}
interface JsxNode {
  type: string;
  name: string | null;
  attributes: JsxAttr[];
  position?: { start: { line: number } };
}

/** Checks the MDX syntax tree: widgets, props, no imports, no expressions. */
export function checkTree(
  tree: Root,
  where: string,
  specs: readonly WidgetSpec[],
): {
  errors: string[];
  widgets: string[];
} {
  const errors: string[] = [];
  const widgets: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const ids = new Set<string>();
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    const at = `${where}:${line}`;
    if (node.type === 'mdxjsEsm') errors.push(`${at}: lessons import and export nothing`);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      errors.push(`${at}: lessons compute nothing; escape the brace as \\{ or use math`);
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as unknown as JsxNode;
    const name = el.name ?? '';
    if (/^[a-z]/.test(name)) {
      if (!ALLOWED_HTML.has(name))
        errors.push(`${at}: HTML element <${name}> is not allowed in lessons`);
      return;
    }
    const spec = byName.get(name);
    if (!spec) {
      errors.push(`${at}: unknown widget <${name}> (registered: ${[...byName.keys()].join(', ')})`);
      return;
    }
    widgets.push(name);
    const given = new Set<string>();
    for (const attr of el.attributes) {
      if (attr.type !== 'mdxJsxAttribute') {
        errors.push(`${at}: <${name}> spread props are not allowed`);
        continue;
      }
      const prop = spec.props.find((p) => p.name === attr.name);
      if (!prop) {
        errors.push(`${at}: <${name}> has no prop "${attr.name}"`);
        continue;
      }
      given.add(attr.name);
      const problem = checkProp(prop, attr, `${at}: <${name}>`);
      if (problem) errors.push(problem);
      if (attr.name === 'id' && typeof attr.value === 'string') {
        if (!/^[a-z][a-z0-9-]{0,20}$/.test(attr.value)) {
          errors.push(
            `${at}: <${name}> id "${attr.value}" must be short lowercase letters, digits, -`,
          );
        }
        if (ids.has(attr.value)) errors.push(`${at}: widget id "${attr.value}" used twice`);
        ids.add(attr.value);
      }
    }
    for (const prop of spec.props) {
      if (prop.required && !given.has(prop.name)) {
        errors.push(`${at}: <${name}> needs prop "${prop.name}"`);
      }
    }
  });
  return { errors, widgets };
}

const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkMath);

/** Runs every content check over `lessonsDir`. */
export async function checkContent(
  lessonsDir: string,
  specs: readonly WidgetSpec[],
  extraFolders: readonly string[] = [],
): Promise<ContentResult> {
  const errors: string[] = [];
  const lessons: LessonReport[] = [];
  const course = JSON.parse(readFileSync(join(lessonsDir, 'course.json'), 'utf8')) as Course;
  const syllabus = JSON.parse(readFileSync(join(lessonsDir, 'syllabus.json'), 'utf8')) as Syllabus;
  const ids = new Set(syllabus.chapters.flatMap((c) => c.topics.map((t) => t.id)));
  const coverage = new Map<string, Record<Lang, string[]>>();
  for (const id of ids) coverage.set(id, { ko: [], en: [] });

  const listed = course.chapters.flatMap((c) => c.lessons);
  const slugs = new Set<string>();
  for (const folder of listed) {
    const slug = folder.replace(/^\d+-/, '');
    if (slugs.has(slug)) errors.push(`course.json: slug "${slug}" used twice`);
    slugs.add(slug);
  }
  for (const entry of readdirSync(lessonsDir)) {
    const isDir = statSync(join(lessonsDir, entry)).isDirectory();
    if (isDir && !listed.includes(entry) && !extraFolders.includes(entry)) {
      errors.push(`lessons/${entry} is not listed in course.json`);
    }
  }

  for (const folder of [...listed, ...extraFolders.filter((f) => !listed.includes(f))]) {
    const perLang: Partial<Record<Lang, Record<string, unknown>>> = {};
    for (const lang of LANGS) {
      const file = join(lessonsDir, folder, `${lang}.mdx`);
      const where = `lessons/${folder}/${lang}.mdx`;
      if (!existsSync(file)) {
        errors.push(`${where} is missing`);
        continue;
      }
      const source = readFileSync(file, 'utf8');
      let data: Record<string, unknown>;
      try {
        data = readFrontmatter(source).data;
      } catch (e) {
        errors.push(`${where}: ${(e as Error).message}`);
        continue;
      }
      perLang[lang] = data;
      errors.push(...checkFrontmatter(data, where, ids));
      let tree: Root;
      try {
        tree = parser.parse(source) as Root;
      } catch (e) {
        errors.push(`${where}: does not parse: ${(e as Error).message}`);
        continue;
      }
      const checked = checkTree(tree, where, specs);
      errors.push(...checked.errors);
      try {
        const compiled = String(
          await compile(
            { value: source, path: file },
            {
              remarkPlugins: [
                remarkFrontmatter,
                [remarkMdxFrontmatter, { name: 'frontmatter' }],
                remarkSectionIds,
                remarkGfm,
                remarkMath,
              ],
              rehypePlugins: [[rehypeKatex, { strict: 'ignore', output: 'htmlAndMathml' }]],
            },
          ),
        );
        if (compiled.includes('katex-error')) errors.push(`${where}: a formula does not render`);
        if (/\$\$/.test(compiled.replace(/"[^"\n]*"/g, ''))) {
          errors.push(`${where}: raw $$ left in the compiled lesson`);
        }
      } catch (e) {
        errors.push(`${where}: does not compile: ${(e as Error).message}`);
      }
      const covers = Array.isArray(data.covers) ? data.covers.map(String) : [];
      for (const id of covers) coverage.get(id)?.[lang].push(folder);
      lessons.push({ folder, lang, covers, widgets: checked.widgets });
    }
    const { ko, en } = perLang;
    if (ko && en) {
      for (const key of ['sections', 'covers', 'minutes'] as const) {
        if (JSON.stringify(ko[key]) !== JSON.stringify(en[key])) {
          errors.push(`lessons/${folder}: "${key}" differs between ko.mdx and en.mdx`);
        }
      }
    }
  }
  return { errors, lessons, coverage };
}
