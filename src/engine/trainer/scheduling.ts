/**
 * How the trainer shares its thread: tfjs scopes that free every tensor a step made, and a yield
 * to the event loop between slices of training so pause() and other messages get through.
 */
import * as tf from '@tensorflow/tfjs-core';

/**
 * Runs `fn` in a tfjs scope and disposes every tensor it created; unlike tf.tidy the result may be
 * plain data (a loss, a trace).
 */
export function scoped<T>(fn: () => T): T {
  tf.engine().startScope();
  try {
    return fn();
  } finally {
    tf.engine().endScope();
  }
}

/** Hands control back to the event loop so pause() and other messages get through. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r));
  if (typeof MessageChannel === 'function') {
    // Unlike setTimeout(0), a message is not clamped to 4 ms when nested.
    return new Promise((r) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        r();
      };
      channel.port2.postMessage(0);
    });
  }
  return new Promise((r) => setTimeout(r, 0));
}
