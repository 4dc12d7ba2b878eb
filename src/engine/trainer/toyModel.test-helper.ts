/**
 * A deliberately small EngineModel for trainer tests: a linear map from the flattened sequence to
 * the targets, trained by plain SGD with tfjs autodiff. It lets the trainer's scheduling, guard and
 * memory handling be tested independently of the recurrent model.
 */
import * as tf from '@tensorflow/tfjs-core';
// Autodiff needs the gradient registry, which the core entry point does not load.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { EngineModel, EvalResult, StepOptions, WeightSnapshot } from '../modelApi';
import type { LayerSummary, LossKind, MetricKind, ModelConfig, Trace } from '../types';

export class ToyLinearModel implements EngineModel {
  readonly config: ModelConfig;
  private readonly w: tf.Variable;
  private readonly b: tf.Variable;
  readonly inputs: number;

  constructor(config: ModelConfig) {
    this.config = config;
    const features = config.input.kind === 'dense' ? config.input.features : 1;
    this.inputs = (config.timesteps ?? 1) * features;
    const seeded = tf.tidy(() =>
      tf.randomNormal([this.inputs, config.head.units], 0, 0.01, 'float32', config.seed),
    );
    this.w = tf.variable(seeded);
    seeded.dispose();
    const zeros = tf.zeros([config.head.units]);
    this.b = tf.variable(zeros);
    zeros.dispose();
  }

  summary(): LayerSummary[] {
    return [
      {
        name: 'dense',
        kind: 'Dense',
        outputShape: [null, this.config.head.units],
        params: this.paramCount(),
      },
    ];
  }

  paramCount(): number {
    return this.inputs * this.config.head.units + this.config.head.units;
  }

  predict(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() =>
      tf.add(tf.matMul(tf.reshape(x, [x.shape[0], this.inputs]), this.w), this.b),
    );
  }

  trainBatch(x: tf.Tensor, y: tf.Tensor, options: StepOptions): EvalResult {
    const { value, grads } = tf.variableGrads(
      () => tf.mean(tf.square(tf.sub(this.predict(x), y))) as tf.Scalar,
    );
    const loss = value.dataSync()[0];
    tf.tidy(() => {
      this.w.assign(tf.sub(this.w, tf.mul(grads[this.w.name], options.learningRate)));
      this.b.assign(tf.sub(this.b, tf.mul(grads[this.b.name], options.learningRate)));
    });
    value.dispose();
    Object.values(grads).forEach((g) => g.dispose());
    return { loss, metric: loss };
  }

  evaluate(
    x: tf.Tensor,
    y: tf.Tensor,
    _loss: LossKind,
    _metric: MetricKind,
    _batchSize: number,
  ): EvalResult {
    const loss = tf.tidy(() => tf.mean(tf.square(tf.sub(this.predict(x), y))).dataSync()[0]);
    return { loss, metric: loss };
  }

  trace(x: tf.Tensor, y: tf.Tensor | null): Trace {
    const p = this.predict(x);
    const prediction = Array.from(p.dataSync());
    p.dispose();
    return {
      sample: 0,
      step: 0,
      layers: [],
      prediction,
      predictionShape: [this.config.head.units],
      ...(y ? { target: Array.from(y.dataSync()) } : {}),
    };
  }

  getWeights(): WeightSnapshot {
    return {
      w: { values: this.w.dataSync().slice() as Float32Array, shape: this.w.shape },
      b: { values: this.b.dataSync().slice() as Float32Array, shape: this.b.shape },
    };
  }

  setWeights(weights: WeightSnapshot): void {
    tf.tidy(() => {
      this.w.assign(tf.tensor(weights.w.values, weights.w.shape));
      this.b.assign(tf.tensor(weights.b.values, weights.b.shape));
    });
  }

  dispose(): void {
    this.w.dispose();
    this.b.dispose();
  }
}
