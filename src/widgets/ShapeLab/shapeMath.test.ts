import { describe, expect, it } from 'vitest';
import { kerasView, torchView, tuple, type LayerSetup } from './shapeMath';

const NOTES: LayerSetup = {
  cell: 'simpleRnn',
  batch: 8,
  fixBatch: false,
  timesteps: 2,
  features: 10,
  units: 3,
  returnSequences: false,
  batchFirst: true,
};

describe('ShapeLab arithmetic', () => {
  it("reproduces the notes' three Keras summaries of SimpleRNN(3) on (2, 10): 42 parameters", () => {
    const a = kerasView(NOTES);
    expect(a.code).toBe('SimpleRNN(3, input_shape=(2, 10))');
    expect(tuple(a.output)).toBe('(None, 3)');
    expect(a.params).toBe(42);
    const b = kerasView({ ...NOTES, fixBatch: true });
    expect(b.code).toBe('SimpleRNN(3, batch_input_shape=(8, 2, 10))');
    expect(tuple(b.output)).toBe('(8, 3)');
    const c = kerasView({ ...NOTES, fixBatch: true, returnSequences: true });
    expect(tuple(c.output)).toBe('(8, 2, 3)');
    expect(c.params).toBe(42);
    // 10·3 kernel + 3·3 recurrent kernel + 3 bias.
    expect(a.weights.map((w) => w.count)).toEqual([30, 9, 3]);
  });

  it('counts Keras LSTM and GRU (reset_after=True) parameters', () => {
    // LSTM: 4·3·(10 + 3 + 1) = 168; GRU: 3·3·(10 + 3 + 2) = 135.
    expect(kerasView({ ...NOTES, cell: 'lstm' }).params).toBe(168);
    expect(kerasView({ ...NOTES, cell: 'gru' }).params).toBe(135);
  });

  it('gives PyTorch its two biases: nn.RNN(10, 3) has 45 parameters', () => {
    const t = torchView(NOTES);
    expect(t.params).toBe(45);
    expect(torchView({ ...NOTES, cell: 'lstm' }).params).toBe(180);
    expect(torchView({ ...NOTES, cell: 'gru' }).params).toBe(135);
  });

  it("reads the notes' 'hello' batch (3, 5, 4) both ways in PyTorch", () => {
    const hello: LayerSetup = { ...NOTES, batch: 3, timesteps: 5, features: 4, units: 2 };
    const bf = torchView(hello);
    expect(bf.input).toEqual([3, 5, 4]);
    expect(bf.output).toEqual([3, 5, 2]);
    expect(bf.hN).toEqual([1, 3, 2]);
    const tf = torchView({ ...hello, batchFirst: false });
    expect(tf.code).toBe('nn.RNN(input_size=4, hidden_size=2)');
    expect(tf.input).toEqual([5, 3, 4]);
    expect(tf.output).toEqual([5, 3, 2]);
    // h_n keeps the batch in the middle whatever batch_first says.
    expect(tf.hN).toEqual([1, 3, 2]);
    expect(tf.cN).toBeNull();
    expect(torchView({ ...hello, cell: 'lstm' }).cN).toEqual([1, 3, 2]);
  });

  it('gives the cell one step: (batch, features) in, (batch, units) out', () => {
    const k = kerasView({ ...NOTES, fixBatch: true });
    expect(k.cellInput).toEqual([8, 10]);
    expect(k.cellOutput).toEqual([8, 3]);
  });
});
