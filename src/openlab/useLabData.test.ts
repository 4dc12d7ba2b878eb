import { describe, expect, it } from 'vitest';
import type { DataSplit } from '../engine/types';
import { keyed, uploadKey } from './useLabData';

const split: DataSplit = {
  train: {
    x: new Float32Array(50_000),
    xShape: [1000, 50, 1],
    y: new Float32Array(1000),
    yShape: [1000, 1],
  },
  valid: {
    x: new Float32Array(500),
    xShape: [10, 50, 1],
    y: new Float32Array(10),
    yShape: [10, 1],
  },
};

describe('the split handed to the trainer', () => {
  it('writes a short key into JSON instead of its values', () => {
    const k = keyed(split, 'abc');
    expect(JSON.stringify({ data: k })).toBe('{"data":"data:abc"}');
  });

  it('reaches the worker whole: structured clone drops the key and keeps the arrays', () => {
    const copy = structuredClone(keyed(split, 'abc'));
    expect(Object.keys(copy).sort()).toEqual(['train', 'valid']);
    expect(copy.train.x).toBeInstanceOf(Float32Array);
    expect(copy.train.x).toHaveLength(50_000);
    expect(copy.valid.xShape).toEqual([10, 50, 1]);
  });

  it('tells uploads apart by their values, not only their names', () => {
    const a = { fileName: 'a.csv', column: 'v', values: [1, 2, 3] };
    expect(uploadKey(a)).not.toBe(uploadKey({ ...a, values: [1, 2, 4] }));
    expect(uploadKey(null)).toBe('');
  });
});
