/**
 * Lesson front matter, parsed without compiling the lesson body.
 *
 * The course map needs every lesson's title and summary up front, but each lesson body should stay
 * in its own lazily loaded chunk. Importing `lesson.mdx?frontmatter` resolves to a tiny module that
 * holds only the parsed YAML, so eager and lazy globs over the same files do not pull every body
 * into the main chunk.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';

const QUERY = '?frontmatter';
const PREFIX = '\0lesson-frontmatter:';

/** Splits `---\nyaml\n---\nbody` into its YAML data and body; throws on a missing block. */
export function readFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error('lesson has no front matter block');
  const data = parseYaml(match[1]) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('lesson front matter is not a mapping');
  }
  return { data: data as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** Vite plugin answering `*.mdx?frontmatter` imports with the parsed YAML only. */
export function lessonFrontmatter(): Plugin {
  return {
    name: 'unrolled:lesson-frontmatter',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, {
        skipSelf: true,
      });
      if (!resolved) return null;
      // The id must not end in `.mdx`, or the MDX plugin would try to compile it.
      return `${PREFIX}${resolved.id}.json.js`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.json.js'.length);
      this.addWatchFile(file);
      const { data } = readFrontmatter(readFileSync(file, 'utf8'));
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
