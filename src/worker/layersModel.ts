/**
 * The engine's model rebuilt as a tf.layers (Keras port) model, for exporting it in the
 * TensorFlow.js layers format. Loaded on demand (a dynamic import from modelFiles.ts), so the
 * worker's first chunk does not carry tfjs-layers. The mapping is the one layersParity.test.ts
 * checks output for output: same weight order, Keras layout, sigmoid recurrent activation.
 */
import * as tf from '@tensorflow/tfjs-core';
// tf.layers calls chained tensor methods, which the bare core does not register.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import * as tfl from '@tensorflow/tfjs-layers';
import type { WeightSnapshot } from '../engine/modelApi';
import { layerInputWidths, layerOutputWidth } from '../engine/shapes';
import type { ModelConfig, RecurrentLayerConfig } from '../engine/types';

function recurrentLayer(l: RecurrentLayerConfig, inputShape?: (number | null)[]): tfl.layers.Layer {
  // The weights are overwritten at once: skip tf.layers' slow orthogonal initialiser.
  const base = {
    units: l.units,
    returnSequences: l.returnSequences,
    kernelInitializer: 'zeros' as const,
    recurrentInitializer: 'zeros' as const,
    ...(l.dropout ? { dropout: l.dropout } : {}),
  };
  const own = inputShape && !l.bidirectional ? { ...base, inputShape } : base;
  // tf.layers defaults LSTM and GRU gates to hardSigmoid; the engine (and Keras 2+) use sigmoid.
  const cell =
    l.cell === 'lstm'
      ? tfl.layers.lstm({ ...own, recurrentActivation: 'sigmoid' })
      : l.cell === 'gru'
        ? tfl.layers.gru({ ...own, recurrentActivation: 'sigmoid' })
        : tfl.layers.simpleRNN(own);
  if (!l.bidirectional) return cell;
  return tfl.layers.bidirectional({
    layer: cell as tfl.RNN,
    mergeMode: 'concat',
    ...(inputShape ? { inputShape } : {}),
  });
}

/**
 * A tf.layers Sequential model of `config` holding `weights` (the engine's snapshot order). The
 * caller checks `layersUnsupported(config)` first and disposes the model.
 */
export function buildLayersModel(config: ModelConfig, weights: WeightSnapshot): tfl.Sequential {
  const model = tfl.sequential();
  const T = config.timesteps;
  const widths = layerInputWidths(config);
  if (config.input.kind === 'embedding') {
    model.add(
      tfl.layers.embedding({
        inputDim: config.input.vocabSize,
        outputDim: config.input.dim,
        ...(T !== null ? { inputLength: T } : {}),
        inputShape: [T],
      }),
    );
  } else if (config.input.kind === 'oneHot') {
    // tf.layers' CategoryEncoding does not load back (tfjs-layers 4.22 grows its output shape
    // twice when deserialised). A frozen embedding holding the identity matrix is the same one-hot
    // map and loads everywhere; its [vocab, vocab] matrix is the last weight in the files.
    model.add(
      tfl.layers.embedding({
        inputDim: config.input.vocabSize,
        outputDim: config.input.vocabSize,
        trainable: false,
        ...(T !== null ? { inputLength: T } : {}),
        inputShape: [T],
        name: 'one_hot',
      }),
    );
  }
  config.layers.forEach((l, i) => {
    const first = i === 0 && config.input.kind === 'dense';
    model.add(recurrentLayer(l, first ? [T, widths[0]] : undefined));
  });
  const last = config.layers[config.layers.length - 1];
  if (config.head.kind === 'last' && last.returnSequences) {
    // The engine's `last` head reads the outputs at the last step. tf.layers has no Cropping1D:
    // seen as a one-channel image [T, width, 1], Cropping2D keeps the last row.
    const T0 = T as number;
    const W = layerOutputWidth(last);
    model.add(tfl.layers.reshape({ targetShape: [T0, W, 1] }));
    model.add(
      tfl.layers.cropping2D({
        cropping: [
          [T0 - 1, 0],
          [0, 0],
        ],
      }),
    );
    model.add(tfl.layers.flatten());
  }
  const dense = tfl.layers.dense({ units: config.head.units, activation: config.head.activation });
  model.add(
    config.head.kind === 'everyStep' ? tfl.layers.timeDistributed({ layer: dense }) : dense,
  );
  const values = Object.values(weights);
  const tensors = values.map((w) => tf.tensor(w.values, w.shape));
  // tf.layers lists trainable weights first: the frozen one-hot matrix comes last.
  if (config.input.kind === 'oneHot') tensors.push(tf.eye(config.input.vocabSize));
  try {
    model.setWeights(tensors);
  } finally {
    tf.dispose(tensors);
  }
  return model;
}

/** The model's files in the TensorFlow.js layers format: model.json's fields and weights.bin. */
export async function saveLayersModel(model: tfl.LayersModel): Promise<{
  modelTopology: object;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
}> {
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const a = saved as tf.io.ModelArtifacts | null;
  if (!a || !a.modelTopology || !a.weightSpecs || !a.weightData) {
    throw new Error('tf.layers did not hand over the model');
  }
  const data = a.weightData;
  const weightData = Array.isArray(data) ? tf.io.concatenateArrayBuffers(data) : data;
  return { modelTopology: a.modelTopology as object, weightSpecs: a.weightSpecs, weightData };
}
