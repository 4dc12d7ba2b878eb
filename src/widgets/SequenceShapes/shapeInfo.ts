/**
 * What each input/output shape means for training: which steps take an input, which outputs the
 * loss reads and which are computed but ignored, the notes' names and examples, and the Keras
 * recipe. Step roles come from the drawing's own `stepRoles`, so the text and the picture agree.
 */
import type { LayerTrace } from '../../engine/types';
import { stepRoles, type RnnShape } from '../../viz/unrolledLayout';
import { forward, seededWeights } from '../UnrolledTimeline/simpleRnn';

export interface ShapeSummary {
  T: number;
  /** 1-based steps that read an input x(t). */
  inputs: number[];
  /** 1-based steps whose output is compared with a target. */
  lossSteps: number[];
  /** 1-based steps whose output a plain RNN layer computes anyway but the loss never reads. */
  ignored: number[];
}

export function summarizeShape(shape: RnnShape, T: number): ShapeSummary {
  const roles = stepRoles(shape, T);
  return {
    T: roles.length,
    inputs: roles.filter((r) => r.input).map((r) => r.t + 1),
    lossSteps: roles.filter((r) => r.feedsLoss).map((r) => r.t + 1),
    // A recurrent layer produces h(t) at every step; the steps without a used output are the
    // "ignored outputs" of a sequence-to-vector model (and of an encoder).
    ignored: roles.filter((r) => !r.feedsLoss).map((r) => r.t + 1),
  };
}

/**
 * A real forward pass for the drawing: a seeded SimpleRNN (2 features, 3 units) over a short
 * sine input, with x(t) = 0 where the shape feeds no input and, for encoder–decoder, a second set
 * of weights for the decoder steps.
 */
export function shapeTrace(shape: RnnShape, T: number, seed = 7): LayerTrace {
  const roles = stepRoles(shape, T);
  const enc = seededWeights(seed, 2, 3, 2);
  const dec = seededWeights(seed + 1, 2, 3, 2);
  const inputs = roles.map((r) =>
    r.input ? [Math.sin(0.9 * (r.t + 1)), Math.cos(0.6 * (r.t + 1))] : [0, 0],
  );
  let h = [0, 0, 0];
  const hidden: number[][] = [];
  roles.forEach((r, t) => {
    const pass = forward(r.decoder ? dec : enc, [inputs[t]], h);
    h = pass.hidden[0];
    hidden.push(h);
  });
  return { layer: 0, direction: 'forward', cell: 'simpleRnn', units: 3, inputs, hidden, gates: {} };
}
