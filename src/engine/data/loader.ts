/**
 * Reads a file shipped in `public/` from wherever the engine runs: in a browser or worker it is
 * fetched from the app's own origin; in Node (the lab CLI, the bench, tests) it is read from disk.
 * Nothing is ever fetched from another host.
 */

/** True in Node (tsx, vitest); false in a page or a Web Worker. */
export function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/**
 * The text of `public/<path>` (e.g. 'data/shampoo-sales.csv'). `base` is the app's base URL in the
 * browser (a worker should be given the page's document.baseURI: with Vite's relative base, its own
 * location is under assets/); it defaults to Vite's BASE_URL resolved against the current location.
 */
export async function loadPublicText(path: string, base?: string): Promise<string> {
  const relative = path.replace(/^\/+/, '');
  if (isNode()) {
    // Kept out of the browser bundle: the specifier is a variable, so Vite never resolves it.
    const fsName = 'node:fs/promises';
    const pathName = 'node:path';
    const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
    const nodePath = (await import(/* @vite-ignore */ pathName)) as typeof import('node:path');
    return fs.readFile(nodePath.join(publicDir(), relative), 'utf8');
  }
  const root = new URL(base ?? import.meta.env?.BASE_URL ?? '/', globalThis.location.href);
  const response = await fetch(new URL(relative, root));
  if (!response.ok) throw new Error(`could not load ${relative}: HTTP ${response.status}`);
  return response.text();
}

/** The bytes of `public/<path>` (a checkpoint's weights.bin), from disk in Node or the app's origin. */
export async function loadPublicBytes(path: string, base?: string): Promise<ArrayBuffer> {
  const relative = path.replace(/^\/+/, '');
  if (isNode()) {
    const fsName = 'node:fs/promises';
    const pathName = 'node:path';
    const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
    const nodePath = (await import(/* @vite-ignore */ pathName)) as typeof import('node:path');
    const buf = await fs.readFile(nodePath.join(publicDir(), relative));
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  }
  const root = new URL(base ?? import.meta.env?.BASE_URL ?? '/', globalThis.location.href);
  const response = await fetch(new URL(relative, root));
  if (!response.ok) throw new Error(`could not load ${relative}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** The repository's public/ folder: two levels above src/engine/data. */
function publicDir(): string {
  const here = new URL('.', import.meta.url);
  return decodeURIComponent(new URL('../../../public/', here).pathname);
}

/** Parses a two-column CSV with a header (month,value) into labels and numbers. */
export function parseSeriesCsv(csv: string): {
  labels: string[];
  values: number[];
  column: string;
} {
  const lines = csv.trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const labels: string[] = [];
  const values: number[] = [];
  for (const line of lines.slice(1)) {
    const [label, value] = line.split(',');
    const v = Number(value);
    if (!Number.isFinite(v)) throw new Error(`not a number in CSV: ${line}`);
    labels.push(label.replace(/^"|"$/g, ''));
    values.push(v);
  }
  return { labels, values, column: header[1] ?? 'value' };
}
