import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LabSettings } from '../types';
import { pickModelFiles, MAX_FILE_MB } from './modelFileParts';
import { metricText, RunTable } from './RunTable';
import { historyRows, SavedHistory } from './SavedHistory';
import { SavedRuns } from './index';
import type { RunStore, SavedRunMeta } from './runStore';
import { describeProblem, STORE_STRINGS } from './strings';

const META: SavedRunMeta = {
  id: 'a',
  name: '<img src=x onerror=alert(1)>',
  savedAt: Date.UTC(2026, 10, 22, 12, 30),
  cell: 'gru',
  layers: 2,
  units: 20,
  dataName: 'synthetic',
  epoch: 20,
  metric: { kind: 'mse', value: 0.02134, validation: true },
};

const noStore: RunStore = {
  list: async () => ({ ok: true, value: [] }),
  save: async () => ({ ok: false, reason: 'failed' }),
  load: async () => ({ ok: false, reason: 'notFound' }),
  rename: async () => ({ ok: false, reason: 'notFound' }),
  remove: async () => ({ ok: true, value: null }),
};

describe('saved-runs strings', () => {
  it('exist in both languages', () => {
    expect(Object.keys(STORE_STRINGS.ko).sort()).toEqual(Object.keys(STORE_STRINGS.en).sort());
  });

  it('name every message code the worker can send about files and weights', () => {
    const source = readFileSync(new URL('../../worker/modelFiles.ts', import.meta.url), 'utf8');
    // Codes are what refuse(), `code:` and the format check hand out.
    const found = source.matchAll(/(?:refuse\(|code: |return )'((?:modelFile|weights)\.\w+)'/g);
    const codes = new Set(Array.from(found, (m) => m[1]));
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) {
      for (const lang of ['en', 'ko'] as const) {
        expect(code in STORE_STRINGS[lang], code).toBe(true);
        expect(describeProblem(lang, { code, severity: 'error' })).not.toContain('unknown');
      }
    }
    expect(describeProblem('en', { code: 'modelFile.new', severity: 'error' })).toContain(
      'modelFile.new',
    );
  });
});

describe('RunTable', () => {
  it('lists a run with its date, model, data and last figure, in either language', () => {
    const en = renderToStaticMarkup(
      createElement(RunTable, {
        lang: 'en',
        metas: [META],
        onOpen: () => {},
        onRename: () => {},
        onRemove: () => {},
      }),
    );
    expect(en).toContain('<caption>Runs saved in this browser</caption>');
    expect(en).toContain('GRU, 2 × 20');
    expect(en).toContain('MSE 0.0213 (validation, epoch 20)');
    expect(en).toContain('dateTime="2026-11-22T12:30:00.000Z"');
    // A hostile name is text.
    expect(en).not.toContain('<img');
    expect(en).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const ko = renderToStaticMarkup(
      createElement(RunTable, {
        lang: 'ko',
        metas: [META],
        onOpen: () => {},
        onRename: () => {},
        onRemove: () => {},
      }),
    );
    expect(ko).toContain('GRU, 2층 × 20');
    expect(ko).toContain('열기');
    expect(
      metricText('ko', { ...META, metric: { kind: 'accuracy', value: 0.8, validation: false } }),
    ).toBe('정확도 0.800 (학습, 20 에포크)');
  });

  it('says when nothing is saved', () => {
    const html = renderToStaticMarkup(
      createElement(RunTable, {
        lang: 'ko',
        metas: [],
        onOpen: () => {},
        onRename: () => {},
        onRemove: () => {},
      }),
    );
    expect(html).toContain(STORE_STRINGS.ko.empty);
  });
});

describe('SavedRuns panel', () => {
  it('without a started run: save and model files are off, with the reason', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = renderToStaticMarkup(
        createElement(SavedRuns, {
          lang,
          settings: {} as LabSettings,
          model: null,
          train: null,
          data: null,
          run: null,
          onOpen: () => {},
          store: noStore,
        }),
      );
      const t = STORE_STRINGS[lang];
      expect(html).toContain(t.title);
      expect(html).toContain(t.nothingToSave);
      expect(html).toContain(t.notReady);
      expect(html.match(/disabled=""/g)?.length).toBe(3);
      expect(html).toContain(
        `${t.importLabel}<input type="file" data-testid="model-files-input" multiple=""`,
      );
    }
  });
});

describe('choosing model files', () => {
  const f = (name: string, size = 10) => ({ name, size });
  it('takes one .json and one .bin file, whatever their names', () => {
    const r = pickModelFiles([f('weights.bin'), f('my-model.json')]);
    expect(r.ok && [r.json.name, r.bin.name]).toEqual(['my-model.json', 'weights.bin']);
    expect(pickModelFiles([f('model.json')])).toEqual({ ok: false, problem: 'needBoth' });
    expect(pickModelFiles([f('a.json'), f('b.json'), f('w.bin')])).toEqual({
      ok: false,
      problem: 'needBoth',
    });
    expect(pickModelFiles([f('model.json'), f('weights.bin', MAX_FILE_MB * 2 ** 20 + 1)])).toEqual({
      ok: false,
      problem: 'tooBig',
    });
  });
});

describe('SavedHistory', () => {
  const history = [
    { step: 10, epoch: 0, loss: 0.9 },
    { step: 20, epoch: 1, loss: 0.5, valLoss: 0.61, valMetric: 0.7 },
    { step: 30, epoch: 1, loss: 0.45 },
    { step: 40, epoch: 2, loss: 0.3, valLoss: 0.42, valMetric: 0.8125 },
  ];

  it('keeps one row per finished epoch, or the last points when none finished', () => {
    expect(historyRows(history).map((p) => p.step)).toEqual([20, 40]);
    expect(historyRows(history.filter((p) => p.valLoss === undefined)).map((p) => p.step)).toEqual([
      10, 30,
    ]);
    const long = Array.from({ length: 120 }, (_, i) => ({
      step: i,
      epoch: i,
      loss: 1,
      valLoss: 1,
    }));
    expect(historyRows(long)).toHaveLength(50);
    expect(historyRows(long).at(-1)?.step).toBe(119);
  });

  it('shows the saved figures in a table, in either language, escaping the name', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = renderToStaticMarkup(
        createElement(SavedHistory, { lang, name: META.name, history }),
      );
      expect(html).toContain('<td>0.4200</td>');
      expect(html).toContain('<td>0.8125</td>');
      expect(html).not.toContain('<img');
      expect(html.match(/<tr>/g)).toHaveLength(3);
      expect(html).toContain(STORE_STRINGS[lang].colValLoss);
    }
    expect(
      renderToStaticMarkup(createElement(SavedHistory, { lang: 'en', name: 'x', history: [] })),
    ).toBe('');
  });
});
