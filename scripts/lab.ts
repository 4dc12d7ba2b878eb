/**
 * The lab runner: trains one named experiment in Node and prints its figures.
 *
 *   npm run lab -- --list
 *   npm run lab -- <id> [--epochs N] [--seed S] [--backend cpu|wasm] [--json] [--save]
 *
 * The backend defaults to wasm, where the engine's products run in its WebAssembly SIMD module;
 * cpu runs them in plain JavaScript.
 *
 * --json prints exactly one JSON object on stdout (progress goes to stderr). --save writes a
 * checkpoint (config, history, result, weights as float32) to public/models/<id>/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initBackend } from '../src/engine/backends';
import { getExperiment, listExperiments, withOverrides } from '../src/engine/experiments';
import { createModel } from '../src/engine/model';
import { encodeCheckpoint } from '../src/engine/trainer/checkpoint';
import { runExperiment, type RunResult } from '../src/engine/trainer/run';
import type { BackendName } from '../src/engine/types';

export interface LabArgs {
  list: boolean;
  id?: string;
  epochs?: number;
  seed?: number;
  backend: BackendName;
  json: boolean;
  save: boolean;
}

/** Parses the command line; throws with a usage message on anything unknown. */
export function parseLabArgs(argv: string[]): LabArgs {
  const args: LabArgs = { list: false, backend: 'wasm', json: false, save: false };
  const number = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < 0)
      throw new Error(`${flag} needs a whole number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--list') args.list = true;
    else if (a === '--json') args.json = true;
    else if (a === '--save') args.save = true;
    else if (a === '--epochs') args.epochs = number(a, argv[++i]);
    else if (a === '--seed') args.seed = number(a, argv[++i]);
    else if (a === '--backend') {
      const b = argv[++i];
      if (b !== 'cpu' && b !== 'wasm') throw new Error('--backend is cpu or wasm in Node');
      args.backend = b;
    } else if (!a.startsWith('--') && !args.id) args.id = a;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/** The checkpoint: model.json (config, history, figures, weight index) + weights.bin (float32). */
export async function saveCheckpoint(result: RunResult, folder: string): Promise<string[]> {
  if (!result.trainer) throw new Error('only trained experiments have weights to save');
  const { model, train } = result.trainer.config;
  const { json, bin } = encodeCheckpoint(
    {
      id: result.id,
      model,
      train,
      result: {
        epochs: result.epochs,
        valLoss: result.valLoss,
        valMetric: result.valMetric,
        extra: result.extra,
      },
      history: result.history,
    },
    result.trainer.engineModel.getWeights(),
  );
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'model.json'), JSON.stringify(json));
  await writeFile(join(folder, 'weights.bin'), Buffer.from(bin.buffer));
  return [join(folder, 'model.json'), join(folder, 'weights.bin')];
}

const fmt = (v: number) => (Math.abs(v) < 0.01 ? v.toExponential(3) : v.toFixed(4));

async function main(): Promise<void> {
  const args = parseLabArgs(process.argv.slice(2));
  if (args.list) {
    for (const e of listExperiments()) console.log(`${e.id.padEnd(20)} ${e.description.en}`);
    return;
  }
  if (!args.id)
    throw new Error(
      'usage: npm run lab -- <id> [--epochs N] [--seed S] [--backend cpu|wasm] [--json] [--save] | --list',
    );
  const found = getExperiment(args.id);
  if (!found) throw new Error(`unknown experiment ${args.id}; npm run lab -- --list shows them`);
  const experiment = withOverrides(found, { epochs: args.epochs, seed: args.seed });
  const { backend, messages } = await initBackend(args.backend);
  for (const m of messages) console.error(`note: ${m.code} ${JSON.stringify(m.params)}`);
  const log = (line: string) => console.error(line);
  if (!args.json) log(`${experiment.id}: ${experiment.description.en} [${backend}]`);
  // At most ~25 progress lines, always including the last epoch.
  const totalEpochs = experiment.train?.epochs ?? 0;
  const every = Math.max(1, Math.ceil(totalEpochs / 25));
  const result = await runExperiment(experiment, {
    createModel,
    backend,
    onEpoch: (p) =>
      (Math.round(p.epoch) % every === 0 || Math.round(p.epoch) === totalEpochs) &&
      log(
        `epoch ${p.epoch.toFixed(0).padStart(3)}  loss ${fmt(p.loss)}  val_loss ${fmt(p.valLoss ?? NaN)}  val_metric ${fmt(p.valMetric ?? NaN)}`,
      ),
  });
  const saved =
    args.save && result.trainer
      ? await saveCheckpoint(result, join(repoRoot(), 'public', 'models', experiment.id))
      : [];
  const summary = {
    id: result.id,
    epochs: result.epochs,
    seed: result.seed,
    backend: result.backend,
    valLoss: result.valLoss,
    valMetric: result.valMetric,
    seconds: Math.round(result.seconds * 100) / 100,
    steps: result.steps,
    state: result.state,
    metric: experiment.train?.metric ?? 'mse',
    extra: result.extra,
    reported: experiment.reported ?? [],
    ...(saved.length ? { saved } : {}),
  };
  await result.trainer?.dispose();
  if (args.json) {
    console.log(JSON.stringify(summary));
    return;
  }
  console.log(
    `val_loss ${fmt(summary.valLoss)}  val_${summary.metric} ${fmt(summary.valMetric)}  (${summary.epochs} epochs, ${summary.seconds} s, ${backend})`,
  );
  for (const [k, v] of Object.entries(result.extra))
    console.log(`${k}: ${typeof v === 'number' ? fmt(v) : JSON.stringify(v)}`);
  for (const r of summary.reported) console.log(`reported ${r.quantity}: ${r.value} (${r.source})`);
  for (const f of saved) console.log(`saved ${f}`);
}

function repoRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..');
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
