import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  availableBackends,
  currentBackend,
  fallBack,
  initBackend,
  nextBackend,
  tryBackend,
} from './backends';
import { usingWasmKernels } from './model/linalg';

afterAll(async () => {
  await initBackend('cpu');
});

describe('backends in Node', () => {
  it('offers wasm then cpu, never WebGL', () => {
    expect(availableBackends()).toEqual(['wasm', 'cpu']);
    expect(nextBackend('wasm')).toBe('cpu');
  });

  it('starts cpu and wasm and confirms with getBackend', async () => {
    expect((await initBackend('cpu')).backend).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    const wasm = await initBackend('wasm');
    expect(wasm.backend).toBe('wasm');
    expect(currentBackend()).toBe('wasm');
    expect(Array.from(tf.add(tf.tensor([1, 2]), 1).dataSync())).toEqual([2, 3]);
  });

  it("runs the engine's products in its WebAssembly module on wasm, in JavaScript on cpu", async () => {
    await initBackend('wasm');
    expect(usingWasmKernels()).toBe(true);
    await initBackend('cpu');
    expect(usingWasmKernels()).toBe(false);
    await initBackend('wasm');
    expect(usingWasmKernels()).toBe(true);
  });

  it('falls back with a notice when the requested backend cannot start', async () => {
    // WebGL cannot start in Node: the request ends on the first Node backend, with a message.
    const r = await initBackend('webgl');
    expect(r.backend).toBe('wasm');
    expect(r.messages.map((m) => m.code)).toEqual(['backend.failed', 'backend.fallback']);
    expect(await tryBackend('webgl')).toBe(false);
    const lost = await fallBack('wasm');
    expect(lost.backend).toBe('cpu');
    expect(lost.messages[0]).toMatchObject({
      code: 'backend.lost',
      params: { failed: 'wasm', running: 'cpu' },
    });
  });

  it('auto times the probe on each backend and keeps the fastest', async () => {
    const calls: string[] = [];
    const r = await initBackend('auto', {
      probe: () => {
        calls.push(tf.getBackend());
        tf.tidy(() => tf.matMul(tf.ones([64, 64]), tf.ones([64, 64])).dataSync());
      },
      probeRuns: 2,
    });
    expect(new Set(calls)).toEqual(new Set(['wasm', 'cpu']));
    expect(Object.keys(r.timings ?? {}).sort()).toEqual(['cpu', 'wasm']);
    const fastest = Object.entries(r.timings!).sort((a, b) => a[1] - b[1])[0][0];
    expect(r.backend).toBe(fastest);
    expect(tf.getBackend()).toBe(fastest);
  });

  it('auto does not repeat a first step that is hopelessly slow, and keeps the fast backend', async () => {
    const calls: string[] = [];
    const r = await initBackend('auto', {
      probe: async () => {
        calls.push(tf.getBackend());
        // cpu's first step stands in for a GPU compiling its shaders: 60 ms against wasm's ~0.
        if (tf.getBackend() === 'cpu') await new Promise((done) => setTimeout(done, 60));
      },
      probeRuns: 2,
      slowStartMs: 40,
      slowFactor: 5,
    });
    expect(calls).toEqual(['wasm', 'wasm', 'wasm', 'cpu']);
    expect(r.backend).toBe('wasm');
    expect(r.timings?.cpu).toBeGreaterThanOrEqual(55);
  });
});
