/**
 * Every combination of the lab's settings gives Python that parses: the generated Keras and
 * PyTorch scripts go through @lezer/python (a real Python grammar) and any error node fails the
 * test. The layer sizes are read back out of the code and compared with the configuration.
 */
import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import type {
  CellKind,
  InputConfig,
  ModelConfig,
  OptimizerKind,
  RecurrentLayerConfig,
  TrainConfig,
} from '../../engine/types';
import type { DataDescription } from '../types';
import { kerasScript, pytorchScript, type CodeInput } from './index';
import { pyStr } from './python';

/**
 * Where the parser put error nodes (empty for valid Python), as line and text. Lezer's grammar
 * ends an unclosed one-line string at the line break without an error node, which Python refuses:
 * a one-line string that does not end with its own (unescaped) quote counts as an error.
 */
function syntaxErrors(source: string): string[] {
  const errors: string[] = [];
  const lines = source.split('\n');
  const at = (pos: number) => {
    const line = source.slice(0, pos).split('\n').length;
    return `line ${line}: ${lines[line - 1]}`;
  };
  parser.parse(source).iterate({
    enter(node) {
      if (node.type.isError) errors.push(at(node.from));
      if (node.name === 'String' || node.name === 'FormatString') {
        const text = source.slice(node.from, node.to).replace(/^[a-zA-Z]+/, '');
        if (text.startsWith('"""') || text.startsWith("'''")) return;
        const quote = text[0];
        const closed =
          text.length >= 2 && text.endsWith(quote) && /(^|[^\\])(\\\\)*$/.test(text.slice(1, -1));
        if (!closed || text.includes('\n')) errors.push(at(node.from));
      }
    },
  });
  return errors;
}

const CELLS: CellKind[] = ['simpleRnn', 'lstm', 'gru', 'lnSimpleRnn'];
const OPTIMIZERS: OptimizerKind[] = ['sgd', 'rmsprop', 'adam'];

const SERIES: DataDescription = {
  kind: 'series',
  name: 'synthetic',
  seed: 42,
  timesteps: 50,
  features: 1,
  horizon: 10,
  target: 'last',
  trainExamples: 700,
  validExamples: 300,
  validFraction: 0.3,
};
const CSV: DataDescription = {
  kind: 'csv',
  name: "my 'sales' \\ data.csv",
  column: 'units sold',
  timesteps: 12,
  features: 1,
  horizon: 3,
  target: 'last',
  trainExamples: 100,
  validExamples: 20,
  validFraction: 0.2,
  normalization: { mean: 280.25, std: 119 },
};
const AIR: DataDescription = { ...CSV, kind: 'series', name: 'air-passengers', column: undefined };
const CHARS: DataDescription = {
  kind: 'chars',
  name: 'hihello',
  timesteps: 6,
  features: 5,
  horizon: 1,
  target: 'everyStep',
  trainExamples: 1,
  validExamples: 0,
  validFraction: 0,
  sameAsTrain: true,
  vocabulary: ['h', 'i', 'e', 'l', 'o'],
};
const MOBY: DataDescription = {
  ...CHARS,
  name: 'moby-dick',
  timesteps: 40,
  features: 6,
  trainExamples: 900,
  validExamples: 100,
  validFraction: 0.1,
  sameAsTrain: false,
  vocabulary: [' ', "'", '"', '\\', 'a', '\n'],
};
const SENTENCES: DataDescription = {
  kind: 'sentences',
  name: 'sentences',
  seed: 3,
  timesteps: 32,
  features: 1000,
  horizon: 1,
  target: 'last',
  trainExamples: 800,
  validExamples: 200,
  validFraction: 0.2,
};

interface Shape {
  data: DataDescription;
  input: InputConfig;
  head: ModelConfig['head'];
  loss: TrainConfig['loss'];
  metric: TrainConfig['metric'];
}

/** The data/input/head/loss combinations the lab can produce. */
const SHAPES: Shape[] = [
  ...[SERIES, CSV, AIR].flatMap((data): Shape[] => [
    {
      data,
      input: { kind: 'dense', features: 1 },
      head: { kind: 'last', units: data.horizon, activation: 'linear' },
      loss: 'mse',
      metric: 'mse',
    },
    {
      data: { ...data, target: 'everyStep' },
      input: { kind: 'dense', features: 1 },
      head: { kind: 'everyStep', units: data.horizon, activation: 'linear' },
      loss: 'mse',
      metric: 'mse',
    },
  ]),
  ...[CHARS, MOBY].flatMap((data): Shape[] =>
    (['oneHot', 'embedding'] as const).flatMap((kind) =>
      (['softmax', 'linear'] as const).map((activation): Shape => ({
        data,
        input:
          kind === 'oneHot'
            ? { kind, vocabSize: data.features }
            : { kind, vocabSize: data.features, dim: 8 },
        head: { kind: 'everyStep', units: data.features, activation },
        loss: 'softmaxCrossEntropy',
        metric: 'accuracy',
      })),
    ),
  ),
  {
    data: { ...MOBY, target: 'last' },
    input: { kind: 'oneHot', vocabSize: MOBY.features },
    head: { kind: 'last', units: MOBY.features, activation: 'softmax' },
    loss: 'softmaxCrossEntropy',
    metric: 'accuracy',
  },
  ...(['sigmoid', 'linear'] as const).map((activation): Shape => ({
    data: SENTENCES,
    input: { kind: 'embedding', vocabSize: 1000, dim: 16 },
    head: { kind: 'last', units: 1, activation },
    loss: 'binaryCrossEntropy',
    metric: 'accuracy',
  })),
];

function layersOf(cell: CellKind, depth: number, bidirectional: boolean, seq: boolean, k: number) {
  return Array.from({ length: depth }, (_, i): RecurrentLayerConfig => ({
    cell,
    units: 3 + 2 * i + k,
    returnSequences: i < depth - 1 || seq,
    bidirectional,
    ...(cell === 'gru' ? { gruResetAfter: k % 2 === 0 } : {}),
    ...(k % 3 === 0 ? { dropout: 0.25 } : {}),
  }));
}

/**
 * Every combination of data/input/head × cell × depth × bidirectional (336); optimizer × clipping
 * (6 pairs, which touch only their own lines) cycle through them, each pair meeting every shape.
 */
function allCases(): CodeInput[] {
  const out: CodeInput[] = [];
  let k = 0;
  for (const shape of SHAPES)
    for (const cell of CELLS)
      for (const depth of [1, 2, 3])
        for (const bidirectional of [false, true]) {
          k++;
          const optimizer = OPTIMIZERS[k % 3];
          const clip = Math.floor(k / 3) % 2 === 0 ? null : 1;
          const everyStep = shape.head.kind === 'everyStep';
          const model: ModelConfig = {
            input: shape.input,
            timesteps: k % 7 === 0 ? null : shape.data.timesteps,
            // A last head sometimes reads a layer that returns sequences (the lab allows it).
            layers: layersOf(cell, depth, bidirectional, everyStep || k % 4 === 0, k % 5),
            head: shape.head,
            seed: k,
          };
          const train: TrainConfig = {
            optimizer,
            learningRate: k % 2 ? 0.001 : 1,
            batchSize: 32,
            epochs: 5,
            loss: shape.loss,
            metric: shape.metric,
            clipNorm: clip,
            tbpttWindow: k % 6 === 0 ? 10 : null,
            seed: k + 1,
          };
          out.push({ model, train, data: shape.data });
        }
  return out;
}

describe('the parser check itself', () => {
  it('flags broken Python and passes good Python', () => {
    expect(syntaxErrors('x = [1, 2\nprint(x)\n')).not.toEqual([]);
    expect(syntaxErrors('def f(:\n    return 1\n')).not.toEqual([]);
    expect(syntaxErrors("s = 'unterminated\n")).not.toEqual([]);
    expect(syntaxErrors("s = 'ends in a backslash\\'\n")).not.toEqual([]);
    expect(syntaxErrors("s = 'two\nlines'\n")).not.toEqual([]);
    expect(syntaxErrors('s = \'a\\\\\' + f\'{x}\' + r\'[a-z]\' + """two\nlines"""\n')).toEqual([]);
    expect(syntaxErrors('if x:\nprint(1)\n')).not.toEqual([]);
    expect(syntaxErrors("def f(x):\n    return {'a': x, **x}\n")).toEqual([]);
  });

  it('string literals survive quotes, backslashes and line breaks', () => {
    for (const s of ["it's", 'a\\b', 'two\nlines', '"', '\u2028', '\t\r\x00']) {
      expect(syntaxErrors(`x = ${pyStr(s)}\n`)).toEqual([]);
      // Python reads the literal back as the same string (checked here with JSON's escapes).
      const body = pyStr(s)
        .slice(1, -1)
        .replace(/\\'/g, "'")
        .replace(/\\x([0-9a-f]{2})/g, '\\u00$1');
      expect(JSON.parse(`"${body.replace(/"/g, '\\"')}"`)).toBe(s);
    }
  });
});

describe('generated scripts parse for every combination of settings', () => {
  const cases = allCases();

  it(`covers hundreds of settings (${cases.length})`, () => {
    expect(cases.length).toBe(SHAPES.length * CELLS.length * 3 * 2);
    const pairs = new Set(cases.map((c) => `${c.train.optimizer} ${c.train.clipNorm}`));
    expect(pairs.size).toBe(6);
  });

  it('Keras: no syntax errors, the layer sizes of the configuration', () => {
    for (const c of cases) {
      const code = kerasScript(c);
      const errors = syntaxErrors(code);
      if (errors.length > 0) throw new Error(`${errors.join('\n')}\n---\n${code}`);
      const units = [
        ...code.matchAll(/layers\.(?:SimpleRNN|LSTM|GRU)\((\d+)|LNSimpleRNNCell\((\d+)\)/g),
      ].map((m) => Number(m[1] ?? m[2]));
      const want = c.model.layers.flatMap((l) =>
        l.cell === 'lnSimpleRnn' && l.bidirectional ? [l.units, l.units] : [l.units],
      );
      expect(units).toEqual(want);
      const head = /layers\.Dense\((\d+), activation='(\w+)'\)/.exec(code);
      expect(head?.slice(1)).toEqual([String(c.model.head.units), c.model.head.activation]);
      for (const l of c.model.layers.filter((x) => x.cell === 'gru'))
        expect(code).toContain(`reset_after=${l.gruResetAfter ? 'True' : 'False'}`);
      expect(code.includes('global_clipnorm')).toBe(c.train.clipNorm !== null);
    }
  });

  it('PyTorch: no syntax errors, the layer sizes and widths of the configuration', () => {
    for (const c of cases) {
      const code = pytorchScript(c);
      const errors = syntaxErrors(code);
      if (errors.length > 0) throw new Error(`${errors.join('\n')}\n---\n${code}`);
      const rows = [...code.matchAll(/Recurrent\("(\w+)", input_size=(\d+), units=(\d+)/g)];
      expect(rows.map((m) => Number(m[3]))).toEqual(c.model.layers.map((l) => l.units));
      // Each layer reads what the one before it writes (twice the units when bidirectional).
      let width =
        c.model.input.kind === 'dense'
          ? c.model.input.features
          : c.model.input.kind === 'oneHot'
            ? c.model.input.vocabSize
            : c.model.input.dim;
      rows.forEach((m, i) => {
        expect(Number(m[2])).toBe(width);
        const l = c.model.layers[i];
        width = l.units * (l.bidirectional ? 2 : 1);
      });
      const head = /nn\.Linear\((\d+), (\d+)\)/.exec(code);
      expect(head?.slice(1).map(Number)).toEqual([width, c.model.head.units]);
      expect(code.includes('clip_grad_norm_')).toBe(c.train.clipNorm !== null);
      // Every class the script instantiates is defined in it or comes from torch.
      for (const [, name] of code.matchAll(/\b([A-Z]\w*Cell|SequenceDropout|CellRNN|Recurrent)\b/g))
        expect(code).toContain(`class ${name}(nn.Module):`);
    }
  });
});
