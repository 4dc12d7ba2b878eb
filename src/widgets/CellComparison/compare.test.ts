import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaults } from '../../lesson/codec';
import type { CreateResult, CreateSpec } from '../../worker/protocol';
import { getExperiment } from '../../engine/experiments';
import {
  NOTES_RUNS,
  comparisonSpec,
  relativeTimes,
  runComparison,
  type ComparisonApi,
  type Progress,
} from './compare';
import { CellComparisonView, SCHEMA, type ComparisonState } from './CellComparison';
import { STRINGS } from './strings';

/** A worker stand-in: each epoch advances a fake clock by a per-cell cost; evaluation is fixed. */
function fakeWorker(costs: Record<string, number>, refuse?: string) {
  let clock = 0;
  let current = '';
  const specs: CreateSpec[] = [];
  const api: ComparisonApi = {
    async create(spec) {
      specs.push(spec);
      const model = 'model' in spec ? spec.model : undefined;
      current = model?.layers?.[0]?.cell ?? ('experiment' in spec ? spec.experiment : '');
      const ok = current !== refuse;
      return {
        ok,
        backend: 'wasm',
        messages: ok ? [] : [{ code: 'range', severity: 'error' }],
        summary: [],
        paramCount: current.length,
        batchesPerEpoch: 10,
      } satisfies CreateResult;
    },
    async stepEpoch() {
      clock += costs[current] ?? 1;
    },
    async evaluate(part) {
      return part === 'train' ? { loss: 0.1, metric: 0.9 } : { loss: 0.2, metric: 0.8 };
    },
  };
  return { api, specs, now: () => clock * 1000 };
}

const settings = { task: 'recall' as const, epochs: 3, seed: 5, backend: 'auto' as const };

describe('runComparison', () => {
  it('trains SimpleRNN, LSTM, GRU in turn, timing only their epochs, on one pinned backend', async () => {
    const w = fakeWorker({ simpleRnn: 1, lstm: 4, gru: 3 });
    const events: Progress[] = [];
    const rows = await runComparison(
      w.api,
      settings,
      (p) => events.push(p),
      () => false,
      w.now,
    );
    expect(rows.map((r) => r.cell)).toEqual(['simpleRnn', 'lstm', 'gru']);
    expect(rows.map((r) => r.seconds)).toEqual([3, 12, 9]);
    expect(rows[1]).toMatchObject({ trainAccuracy: 0.9, validAccuracy: 0.8, validLoss: 0.2 });
    // The first run chooses; the next two are told the backend it chose.
    expect(w.specs.map((s) => s.backend)).toEqual(['auto', 'wasm', 'wasm']);
    expect(events.filter((e) => e.kind === 'epoch')).toHaveLength(9);
  });

  it('stops between epochs and keeps what finished', async () => {
    const w = fakeWorker({});
    let epochs = 0;
    const rows = await runComparison(
      w.api,
      settings,
      (p) => {
        if (p.kind === 'epoch') epochs++;
      },
      () => epochs >= 4,
      w.now,
    );
    expect(rows.map((r) => [r.cell, r.epochs])).toEqual([
      ['simpleRnn', 3],
      ['lstm', 1],
    ]);
  });

  it('reports a refused configuration and goes no further', async () => {
    const w = fakeWorker({}, 'lstm');
    const events: Progress[] = [];
    const rows = await runComparison(
      w.api,
      settings,
      (p) => events.push(p),
      () => false,
      w.now,
    );
    expect(rows).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ kind: 'refused', cell: 'lstm' });
  });
});

describe('comparison specs', () => {
  it('name registry experiments that exist, with the cell, epochs and seed asked for', () => {
    for (const task of ['recall', 'sentiment'] as const) {
      for (const cell of ['simpleRnn', 'lstm', 'gru'] as const) {
        const spec = comparisonSpec(cell, { ...settings, task }, 'wasm');
        const e = getExperiment(spec.experiment);
        expect(e?.model).toBeDefined();
        expect(spec.train).toEqual({ epochs: 3, seed: 5 });
        const layers = 'layers' in spec.model ? spec.model.layers : e?.model?.layers;
        expect(layers?.every((l) => l.cell === cell)).toBe(true);
      }
    }
  });
});

describe('the notes’ runs', () => {
  it('are the six printed runs; relative times put the SimpleRNN cell loop first', () => {
    expect(NOTES_RUNS).toHaveLength(6);
    const rel = relativeTimes(NOTES_RUNS);
    expect(rel[0]).toBe(1);
    expect(rel[2]).toBeCloseTo(235.9 / 40, 10);
    // Test accuracy within 4 points of each other: the notes' conclusion that the six are close.
    const acc = NOTES_RUNS.map((r) => r.testAccuracy);
    expect(Math.max(...acc) - Math.min(...acc)).toBeLessThan(0.04);
  });
});

describe('CellComparison view', () => {
  const DEFAULTS = defaults(SCHEMA) as ComparisonState;
  const render = (
    lang: 'ko' | 'en',
    rows = [] as Parameters<typeof CellComparisonView>[0]['rows'],
  ) =>
    renderToStaticMarkup(
      createElement(CellComparisonView, {
        id: 'compare',
        lang,
        state: DEFAULTS,
        setState: () => {},
        rows,
        phase: rows.length ? { kind: 'done', stopped: false } : { kind: 'idle' },
        onRun: () => {},
        onStop: () => {},
      }),
    );

  it('has both languages complete and starts with waiting rows and the notes’ table', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
    const html = render('en');
    expect(html).toContain('data-testid="compare-run"');
    expect((html.match(/>waiting</g) ?? []).length).toBe(3);
    expect(html).toContain('79.7%');
    expect(render('ko')).toContain('for 문으로 돌린 셀');
  });

  it('fills a row with the measured figures', () => {
    const html = render('en', [
      {
        cell: 'lstm',
        params: 1284,
        backend: 'wasm',
        epochs: 3,
        seconds: 12.34,
        trainLoss: 0.5,
        trainAccuracy: 0.75,
        validLoss: 0.6,
        validAccuracy: 0.7,
      },
    ]);
    expect(html).toContain('75.0%');
    expect(html).toContain('12.3');
    expect(html).toContain('Done: 1 model(s) trained on wasm.');
  });
});
