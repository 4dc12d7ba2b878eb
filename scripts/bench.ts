/**
 * Training speed of the course's model engine against tf.layers, in Node, on the same backend in
 * the same run: SimpleRNN 20-20-1, LSTM 20-20-1 and GRU 20-20-1 on the notes' series (7,000 × 50
 * steps, batch 32, 219 batches an epoch).
 *
 *   npm run bench                 a table
 *   npm run bench -- --json       one JSON array of rows
 *   npm run bench -- --backends cpu --models lstm --batches 4
 *   npm run bench -- --no-browser  Node rows only
 *   npm run bench -- --no-build    browser rows from the existing dist/
 *
 * Each Node row also times the engine's tfjs-kernel path (tensorNetwork.ts, which the engine takes on
 * WebGL) on that Node backend, with its kernels per step: how far the kernel count is from
 * tf.layers', and what dispatch costs where there is no GPU to pay for it.
 *
 * Browser rows (`where: 'browser'`) come from scripts/benchBrowser.ts: the forecasting lesson's
 * deep SimpleRNN lab at batch 32, and the LSTM lesson's gate lab (gate heatmaps and the cell diagram
 * redrawn from traces), train in the page's worker in headless Chromium; they add the page's frame
 * gaps. wasm runs in two Chromiums, alternately: one without a GPU (software compositing, as on a
 * machine whose GPU Chromium does not use) and one on SwiftShader, which emulates a GPU on the same
 * CPU cores so that WebGL exists here; webgl runs on SwiftShader only. Without a Chromium the Node
 * rows still print, with the reason the browser rows are missing.
 *
 * A full epoch of tf.layers takes minutes on cpu, so each figure times a few batches after a
 * warm-up and extrapolates to 219; the output says so.
 */
import * as tf from '@tensorflow/tfjs-core';
// The reference side: the umbrella package registers what tf.layers needs (the chained tensor API,
// every gradient), which Node cannot load from tfjs-core's ESM files one by one. Only this script
// uses it; the engine stays on tfjs-core.
import * as tfl from '@tensorflow/tfjs';
import { tryBackend } from '../src/engine/backends';
import { makeSeriesSplit } from '../src/engine/data/timeSeries';
import { createModel, setComputePath } from '../src/engine/model';
import type { StepOptions } from '../src/engine/modelApi';
import { batchTensors } from '../src/engine/trainer/batches';
import type { BackendName, CellKind, ModelConfig } from '../src/engine/types';
import { findChromium, runBrowserBench, type BrowserRow, type Gpu } from './benchBrowser';

interface Row {
  model: string;
  backend: BackendName;
  where: 'node';
  engineMsPerEpoch: number;
  tfLayersMsPerEpoch: number;
  speedup: number;
  engineKernelsPerStep: number;
  /** The engine's tfjs-kernel path (what runs on WebGL), timed on this Node backend. */
  engineTensorsMsPerEpoch: number;
  engineTensorsKernelsPerStep: number;
  kernelsPerStep: number;
  timedBatches: number;
}

const BATCH = 32;
const BATCHES_PER_EPOCH = Math.ceil(7000 / BATCH);
const MODELS: { key: string; name: string; cell: CellKind }[] = [
  { key: 'simplernn', name: 'SimpleRNN 20-20-1', cell: 'simpleRnn' },
  { key: 'lstm', name: 'LSTM 20-20-1', cell: 'lstm' },
  { key: 'gru', name: 'GRU 20-20-1', cell: 'gru' },
];

function engineConfig(cell: CellKind): ModelConfig {
  return {
    input: { kind: 'dense', features: 1 },
    timesteps: 50,
    layers: [
      {
        cell,
        units: 20,
        returnSequences: true,
        ...(cell === 'gru' ? { gruResetAfter: true } : {}),
      },
      {
        cell,
        units: 20,
        returnSequences: false,
        ...(cell === 'gru' ? { gruResetAfter: true } : {}),
      },
    ],
    head: { kind: 'last', units: 1, activation: 'linear' },
    seed: 1,
  };
}

/** The same network in tf.layers, with Keras' sigmoid recurrent activation (tf.layers defaults to hard sigmoid). */
function layersModel(cell: CellKind): tfl.LayersModel {
  const make = (returnSequences: boolean, first: boolean) => {
    const common = { units: 20, returnSequences, ...(first ? { inputShape: [50, 1] } : {}) };
    if (cell === 'lstm') return tfl.layers.lstm({ ...common, recurrentActivation: 'sigmoid' });
    if (cell === 'gru') return tfl.layers.gru({ ...common, recurrentActivation: 'sigmoid' });
    return tfl.layers.simpleRNN(common);
  };
  const model = tfl.sequential({
    layers: [make(true, true), make(false, false), tfl.layers.dense({ units: 1 })],
  });
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'meanSquaredError' });
  return model;
}

const STEP: StepOptions = {
  loss: 'mse',
  metric: 'mse',
  optimizer: 'adam',
  learningRate: 0.001,
  clipNorm: null,
  tbpttWindow: null,
  dropoutSeed: 1,
};

async function timeBatches(
  run: (i: number) => Promise<void> | void,
  warmup: number,
  timed: number,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await run(i);
  const start = performance.now();
  for (let i = 0; i < timed; i++) await run(warmup + i);
  return (performance.now() - start) / timed;
}

async function benchOne(
  spec: (typeof MODELS)[number],
  backend: BackendName,
  timed: number,
): Promise<Row> {
  const { train } = makeSeriesSplit({ target: 'next', seed: 42 });
  const batches = Array.from({ length: timed + 4 }, (_, b) =>
    Array.from({ length: BATCH }, (_, i) => b * BATCH + i),
  );
  const tensors = batches.map((idx) => batchTensors(train, idx));

  const engine = createModel(engineConfig(spec.cell));
  const engineMs = await timeBatches(
    (i) => void engine.trainBatch(tensors[i].x, tensors[i].y, STEP),
    3,
    timed,
  );
  // tf.profile hands back the engine's one profile object, refilled by the next call: read it now.
  const engineKernels = (
    await tf.profile(() => {
      engine.trainBatch(tensors[0].x, tensors[0].y, STEP);
      return [];
    })
  ).kernels.length;
  engine.dispose();

  // The same model on tfjs kernels: the path WebGL takes, here on the Node backend.
  setComputePath('tensors');
  const onKernels = createModel(engineConfig(spec.cell));
  const tensorsMs = await timeBatches(
    (i) => void onKernels.trainBatch(tensors[i].x, tensors[i].y, STEP),
    2,
    timed,
  );
  const tensorsKernels = (
    await tf.profile(() => {
      onKernels.trainBatch(tensors[0].x, tensors[0].y, STEP);
      return [];
    })
  ).kernels.length;
  onKernels.dispose();
  setComputePath('auto');

  const layers = layersModel(spec.cell);
  const layersMs = await timeBatches(
    async (i) => {
      await layers.trainOnBatch(tensors[i].x, tensors[i].y);
    },
    2,
    timed,
  );
  const layersKernels = (
    await tf.profile(async () => {
      await layers.trainOnBatch(tensors[0].x, tensors[0].y);
      return [];
    })
  ).kernels.length;
  layers.dispose();
  tensors.forEach((t) => tf.dispose([t.x, t.y]));
  return {
    model: spec.name,
    backend,
    where: 'node',
    engineMsPerEpoch: Math.round(engineMs * BATCHES_PER_EPOCH),
    tfLayersMsPerEpoch: Math.round(layersMs * BATCHES_PER_EPOCH),
    speedup: Math.round((layersMs / engineMs) * 10) / 10,
    engineKernelsPerStep: engineKernels,
    engineTensorsMsPerEpoch: Math.round(tensorsMs * BATCHES_PER_EPOCH),
    engineTensorsKernelsPerStep: tensorsKernels,
    kernelsPerStep: layersKernels,
    timedBatches: timed,
  };
}

function parse(argv: string[]) {
  const opts = {
    json: false,
    backends: ['cpu', 'wasm'] as BackendName[],
    models: MODELS.map((m) => m.key),
    batches: 5,
    browser: true,
    build: true,
    browserSeconds: 10,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--backends') opts.backends = argv[++i].split(',') as BackendName[];
    else if (a === '--models') opts.models = argv[++i].split(',');
    else if (a === '--batches') opts.batches = Math.max(1, Number(argv[++i]));
    else if (a === '--no-browser') opts.browser = false;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--browser-seconds') opts.browserSeconds = Math.max(2, Number(argv[++i]));
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  const rows: Row[] = [];
  for (const backend of opts.backends) {
    if (!(await tryBackend(backend))) {
      console.error(`backend ${backend} did not start; skipped`);
      continue;
    }
    for (const spec of MODELS.filter((m) => opts.models.includes(m.key))) {
      const row = await benchOne(spec, backend, opts.batches);
      rows.push(row);
      if (!opts.json) console.error(`${row.model} on ${backend}: done`);
    }
  }
  const { browserRows, missing } = await browserBench(opts);
  if (opts.json) {
    console.log(JSON.stringify([...rows, ...browserRows]));
    if (missing) console.error(missing);
    return;
  }
  console.log(
    `ms per epoch of 7,000 × 50 steps at batch 32. node: extrapolated to ${BATCHES_PER_EPOCH} batches from ${opts.batches} timed batches after 2–3 warm-up batches (Node ${process.version}). browser: the lab's own examples/s over ${opts.browserSeconds} s of training in the page's worker, with the page's frame gaps meanwhile. Machine load shifts these figures.`,
  );
  console.log(
    '| model | backend | where | engine ms/epoch | tf.layers ms/epoch | speed-up | engine kernels/step | engine on tfjs kernels: ms/epoch, kernels/step | tf.layers kernels/step | longest frame gap | p99 frame gap |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.model} | ${r.backend} | node | ${r.engineMsPerEpoch} | ${r.tfLayersMsPerEpoch} | ${r.speedup}× | ${r.engineKernelsPerStep} | ${r.engineTensorsMsPerEpoch}, ${r.engineTensorsKernelsPerStep} | ${r.kernelsPerStep} | – | – |`,
    );
  }
  for (const r of browserRows) {
    console.log(
      `| ${r.model} | ${r.backend} | browser, ${r.gpu === 'none' ? 'no GPU' : 'SwiftShader'} | ${r.engineMsPerEpoch} | – | – | – | – | – | ${r.longestFrameGapMs} ms | ${r.p99FrameGapMs} ms |`,
    );
  }
  if (missing) console.log(missing);
}

/** The browser rows, or why there are none. WebGL in headless Chromium is SwiftShader (software). */
async function browserBench(
  opts: ReturnType<typeof parse>,
): Promise<{ browserRows: BrowserRow[]; missing: string | null }> {
  if (!opts.browser) return { browserRows: [], missing: null };
  if (!findChromium()) {
    return {
      browserRows: [],
      missing:
        'Browser rows missing: no Chromium found (install Debian\'s "chromium" or set CHROME_PATH).',
    };
  }
  try {
    const common = { seconds: opts.browserSeconds, gpus: ['none', 'swiftshader'] as Gpu[] };
    const { rows } = await runBrowserBench({
      ...common,
      lesson: 'forecasting',
      lab: 'deep',
      query: 'deep.batch=32',
      backends: ['wasm', 'webgl'],
      build: opts.build,
    });
    const gates = await runBrowserBench({
      ...common,
      lesson: 'lstm',
      lab: 'gates',
      // The most epochs the lab allows, so that it trains through the window.
      query: 'gates.epochs=30',
      backends: ['wasm'],
      build: false,
    });
    return { browserRows: [...rows, ...gates.rows], missing: null };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { browserRows: [], missing: `Browser rows missing: ${why}` };
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
