/**
 * Chooses and starts a tfjs backend. Backends are imported on demand, so Node never loads WebGL
 * and a page that never asks for wasm never downloads it.
 *
 * `tf.setBackend` resolves to false instead of throwing when a backend cannot start (PLATFORM.md),
 * so every switch is confirmed with `tf.getBackend()`, and a failure falls back to the next backend
 * with a notice for the user.
 *
 * What each backend means for the engine's own arithmetic (model.ts):
 *   webgl  the network runs as tfjs kernels on the GPU (tensorNetwork.ts);
 *   wasm   the hand-written passes, their products in the engine's WebAssembly SIMD module;
 *   cpu    the hand-written passes in plain JavaScript.
 * So `auto`, which times the actual model on each, compares three real ways of computing.
 */
import * as tf from '@tensorflow/tfjs-core';
import { isNode } from './data/loader';
import { setWasmKernels } from './model/linalg';
import type { BackendChoice, BackendName, EngineMessage } from './types';

/** The three .wasm binaries by file name, as URLs (the worker imports them with `?url`). */
export type WasmPaths = Partial<
  Record<
    | 'tfjs-backend-wasm.wasm'
    | 'tfjs-backend-wasm-simd.wasm'
    | 'tfjs-backend-wasm-threaded-simd.wasm',
    string
  >
>;

export interface BackendOptions {
  /** Where the wasm binaries are; unnecessary in Node, required under Vite. */
  wasmPaths?: WasmPaths;
  /**
   * For `auto`: runs a few representative steps on the current backend. The fastest backend by
   * this probe is kept. Without a probe `auto` takes the first backend that starts.
   */
  probe?: () => void | Promise<void>;
  /** Probe repetitions after one warm-up call. */
  probeRuns?: number;
  /**
   * A backend whose warm-up call takes longer than this many milliseconds and `slowFactor` times
   * the best probe so far is not timed further (its warm-up time stands): it cannot win.
   */
  slowStartMs?: number;
  slowFactor?: number;
}

export interface BackendResult {
  backend: BackendName;
  /** Notices for the user: a backend that failed, which one runs instead, the timings of auto. */
  messages: EngineMessage[];
  /** Probe milliseconds per backend tried by `auto`. */
  timings?: Partial<Record<BackendName, number>>;
}

/** Order of preference and of fallback. */
export function availableBackends(): BackendName[] {
  // WebGL needs a browser (a page, or a worker with OffscreenCanvas); Node never has it.
  return isNode() ? ['wasm', 'cpu'] : ['webgl', 'wasm', 'cpu'];
}

async function register(name: BackendName, options: BackendOptions): Promise<void> {
  if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  else if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  else {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (options.wasmPaths && Object.keys(options.wasmPaths).length > 0) {
      // Threads need cross-origin isolation, which the site must not turn on (PLATFORM.md).
      wasm.setWasmPaths(options.wasmPaths as Record<string, string>, true);
    }
  }
}

/** Starts one backend; true when tfjs confirms it is running. */
export async function tryBackend(
  name: BackendName,
  options: BackendOptions = {},
): Promise<boolean> {
  try {
    await register(name, options);
    const ok = await tf.setBackend(name);
    if (!ok) return false;
    await tf.ready();
    if (tf.getBackend() !== name) return false;
    setWasmKernels(name !== 'cpu');
    return true;
  } catch {
    return false;
  }
}

/** Starts `choice` (or the fastest for `auto`), falling back along `availableBackends()`. */
export async function initBackend(
  choice: BackendChoice,
  options: BackendOptions = {},
): Promise<BackendResult> {
  const order = availableBackends();
  if (choice === 'auto') return autoBackend(order, options);
  const messages: EngineMessage[] = [];
  const candidates = [choice, ...order.filter((b) => b !== choice)];
  for (const name of candidates) {
    if (await tryBackend(name, options)) {
      if (name !== choice) {
        messages.push({
          code: 'backend.fallback',
          severity: 'warning',
          params: { requested: choice, running: name },
        });
      }
      return { backend: name, messages };
    }
    messages.push({ code: 'backend.failed', severity: 'warning', params: { backend: name } });
  }
  throw new Error('no tfjs backend could start');
}

/** Milliseconds as the timing sentence shows them: whole above 10, one decimal below. */
function formatMs(ms: number): string {
  return ms >= 10 ? Math.round(ms).toLocaleString('en-US') : ms.toFixed(1);
}

/**
 * Times the probe on each backend that starts and keeps the fastest. The backends that compute on
 * the CPU go first, so that WebGL, whose first step also compiles its shaders, can be judged
 * against them: a first step slower than `slowStartMs` and `slowFactor` times the best probe is
 * not repeated (on a machine with software WebGL that first step alone takes seconds).
 */
async function autoBackend(order: BackendName[], options: BackendOptions): Promise<BackendResult> {
  const timings: Partial<Record<BackendName, number>> = {};
  const messages: EngineMessage[] = [];
  const probeOrder = [...order.filter((b) => b !== 'webgl'), ...order.filter((b) => b === 'webgl')];
  for (const name of probeOrder) {
    if (!(await tryBackend(name, options))) {
      messages.push({ code: 'backend.failed', severity: 'info', params: { backend: name } });
      continue;
    }
    if (!options.probe) return { backend: name, messages, timings };
    const warmStart = performance.now();
    await options.probe();
    const warm = performance.now() - warmStart;
    const best = Math.min(...Object.values(timings));
    if (warm > (options.slowStartMs ?? 1000) && warm > (options.slowFactor ?? 20) * best) {
      timings[name] = warm;
      continue;
    }
    const runs = options.probeRuns ?? 3;
    const start = performance.now();
    for (let i = 0; i < runs; i++) await options.probe();
    timings[name] = (performance.now() - start) / runs;
  }
  const ranked = (Object.entries(timings) as [BackendName, number][]).sort((a, b) => a[1] - b[1]);
  if (ranked.length === 0) throw new Error('no tfjs backend could start');
  const best = ranked[0][0];
  if (!(await tryBackend(best, options))) throw new Error(`backend ${best} stopped working`);
  messages.push({
    code: 'backend.auto',
    severity: 'info',
    params: {
      running: best,
      // For the sentence: "webgl 2,345 ms · wasm 31 ms · cpu 80 ms", in the order probed.
      timings: probeOrder
        .filter((b) => timings[b] !== undefined)
        .map((b) => `${b} ${formatMs(timings[b] as number)} ms`)
        .join(' · '),
      ...Object.fromEntries(ranked.map(([b, ms]) => [`ms_${b}`, Math.round(ms * 100) / 100])),
    },
  });
  return { backend: best, messages, timings };
}

/** The next backend to try after `failed` (a lost WebGL context, a wasm trap), or null. */
export function nextBackend(failed: BackendName): BackendName | null {
  const order = availableBackends();
  const i = order.indexOf(failed);
  return i >= 0 && i + 1 < order.length ? order[i + 1] : (order.find((b) => b !== failed) ?? null);
}

/**
 * Switches to the next backend after `failed` broke and returns the notice to show. The caller
 * restores the last good weights into a model rebuilt on the new backend.
 */
export async function fallBack(
  failed: BackendName,
  options: BackendOptions = {},
): Promise<BackendResult> {
  let candidate = nextBackend(failed);
  const tried = new Set<BackendName>([failed]);
  while (candidate && !tried.has(candidate)) {
    tried.add(candidate);
    if (await tryBackend(candidate, options)) {
      return {
        backend: candidate,
        messages: [
          { code: 'backend.lost', severity: 'warning', params: { failed, running: candidate } },
        ],
      };
    }
    candidate = nextBackend(candidate);
  }
  throw new Error('no tfjs backend could start');
}

/** The backend tfjs is running now. */
export function currentBackend(): BackendName {
  const name = tf.getBackend();
  return name === 'webgl' || name === 'wasm' ? name : 'cpu';
}
