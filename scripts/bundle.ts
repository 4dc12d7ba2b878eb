/**
 * What the built page loads before any lesson code: the entry chunk named in dist/index.html and
 * every chunk it imports statically, with their gzip sizes.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkInfo {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Static `import … from './x.js'` and bare `import './x.js'` targets of a built chunk. */
function staticImports(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) out.add(m[1]);
  return [...out];
}

/** The entry chunk and its static import closure (the JavaScript every page loads first). */
export function initialChunks(dist = 'dist'): ChunkInfo[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module entry in dist/index.html');
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const rel = queue.shift() as string;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const file = join(dist, rel);
    if (!existsSync(file)) continue;
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
    for (const imp of staticImports(readFileSync(file, 'utf8'))) queue.push(dir + imp);
  }
  return [...seen].map((rel) => {
    const file = join(dist, rel);
    return { file: rel, bytes: readFileSync(file).length, gzipBytes: gzipSize(file) };
  });
}

/** True when a built chunk contains TensorFlow.js (its kernel registry or engine markers). */
export function containsTfjs(code: string): boolean {
  return /registerKernel|tfjs-core|ENGINE_STATE|WEBGL_VERSION|setWasmPaths/.test(code);
}
