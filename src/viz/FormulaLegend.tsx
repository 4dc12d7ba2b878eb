/**
 * A cell's formulas rendered with KaTeX, linked to the cell diagram: every symbol is a focusable
 * target; hovering or focusing it calls onHighlight(symbol), and the highlighted symbol is marked
 * wherever it appears. `trust` admits \htmlData only, so no other HTML can be injected.
 */
import { useMemo, type FocusEvent, type MouseEvent } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import type { CellKind } from '../engine/types';
import type { Lang } from '../lesson/lang';
import { CELL_NAME, SYMBOL_NAME, cellFormulas } from './formulas';
import { say } from './strings';

export interface FormulaLegendProps {
  lang: Lang;
  cell: CellKind;
  highlight?: string | null;
  onHighlight?: (symbol: string | null) => void;
}

/** Renders one formula to HTML with its symbols made focusable, named and (when active) marked. */
export function renderFormula(tex: string, lang: Lang, highlight: string | null): string {
  const html = katex.renderToString(tex, {
    trust: (ctx) => ctx.command === '\\htmlData',
    strict: 'ignore',
    throwOnError: false,
    output: 'html',
  });
  // The symbols are interactive, so the HTML rendering cannot stay aria-hidden.
  return html
    .replace(' aria-hidden="true"', '')
    .replace(/class="enclosing" data-sym="(\w+)"/g, (_, s: string) => {
      const name = SYMBOL_NAME[s] ? say(SYMBOL_NAME[s], lang) : s;
      const on = highlight && (s === highlight || s === `${highlight}Prev`) ? ' is-active' : '';
      return `class="enclosing${on}" data-sym="${s}" tabindex="0" role="button" aria-pressed="${s === highlight}" aria-label="${name}"`;
    });
}

function symbolOf(target: EventTarget): string | null {
  const el = (target as Element).closest?.('[data-sym]');
  return el?.getAttribute('data-sym') ?? null;
}

export function FormulaLegend({ lang, cell, highlight = null, onHighlight }: FormulaLegendProps) {
  const lines = useMemo(
    () => cellFormulas(cell).map((tex) => renderFormula(tex, lang, highlight)),
    [cell, lang, highlight],
  );
  const enter = (e: MouseEvent | FocusEvent) => {
    const s = symbolOf(e.target);
    if (s) onHighlight?.(s.replace('Prev', ''));
  };
  return (
    <div
      className="viz-katex"
      role="group"
      aria-label={say('formulas', lang, { cell: CELL_NAME[cell] })}
      onMouseOver={enter}
      onFocus={enter}
      onMouseLeave={() => onHighlight?.(null)}
      onBlur={() => onHighlight?.(null)}
    >
      {lines.map((html, i) => (
        <div key={i} className="viz-formula" dangerouslySetInnerHTML={{ __html: html }} />
      ))}
    </div>
  );
}
