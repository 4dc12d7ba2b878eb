/**
 * Small helpers for writing Python source text: literals and indentation. The generators build
 * scripts line by line; these keep every number, string and flag a valid Python literal.
 */

/** A JS number as a Python literal: integers stay integers, non-finite values become floats. */
export function pyNum(n: number): string {
  if (Number.isNaN(n)) return "float('nan')";
  if (!Number.isFinite(n)) return n > 0 ? "float('inf')" : "-float('inf')";
  // JS prints 1e-7 and 1e+21; Python reads both.
  return String(n);
}

/** A JS number that Python should read as a float (e.g. a learning rate of 1 → `1.0`). */
export function pyFloat(n: number): string {
  const s = pyNum(n);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

/** A string literal: single-quoted, every character that could end or bend it escaped. */
export function pyStr(s: string): string {
  let out = "'";
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16)}`;
    else out += ch;
  }
  return `${out}'`;
}

export function pyBool(b: boolean): string {
  return b ? 'True' : 'False';
}

/** A Python list of strings, wrapped so that no line runs far past `width` characters. */
export function pyStrList(items: string[], indent = '    ', width = 96): string {
  const parts = items.map(pyStr);
  const lines: string[] = [];
  let line = '';
  for (const p of parts) {
    const next = line ? `${line} ${p},` : `${p},`;
    if (line && indent.length + next.length > width) {
      lines.push(indent + line);
      line = `${p},`;
    } else line = next;
  }
  if (line) lines.push(indent + line);
  return lines.length === 0 ? '[]' : `[\n${lines.join('\n')}\n]`;
}

/** Indents every non-empty line of a block by `levels` × 4 spaces. */
export function indent(lines: string[], levels = 1): string[] {
  const pad = '    '.repeat(levels);
  return lines.map((l) => (l === '' ? l : pad + l));
}

/** `# text` comment lines, the text wrapped at about 96 columns. */
export function comment(text: string, width = 96): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '#';
  for (const w of words) {
    if (line.length + 1 + w.length > width && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${w}`;
  }
  lines.push(line);
  return lines;
}
