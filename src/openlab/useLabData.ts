/**
 * The lab's data for the current settings, rebuilt when a setting that shapes it changes (data
 * set, seed, sizes, sequence length, horizon, head) or another file or column is chosen. While a
 * new build runs the previous one is kept; a build that fails gives its message.
 */
import { useEffect, useState } from 'react';
import { loadPublicText } from '../engine/data/loader';
import type { DataSplit } from '../engine/types';
import { buildLabData, type LabData, type UploadedSeries } from './datasets';
import { dataKey } from './settings';
import type { LabSettings } from './types';

export interface LabDataState {
  /** The key of the data shown (null before the first build ends). */
  key: string | null;
  data: LabData | null;
  loading: boolean;
}

/**
 * The split with a short `toJSON`: the trainer hook keys its run by `JSON.stringify(spec)`, and
 * writing out every typed-array value would cost megabytes per render. Not enumerable, so the
 * structured clone that carries the split to the worker skips it.
 */
export function keyed(split: DataSplit, key: string): DataSplit {
  const copy = { ...split };
  Object.defineProperty(copy, 'toJSON', { value: () => `data:${key}`, enumerable: false });
  return copy;
}

export function uploadKey(upload: UploadedSeries | null): string {
  if (!upload) return '';
  const sum = upload.values.reduce((a, b) => a + b, 0);
  return JSON.stringify([upload.fileName, upload.column, upload.values.length, sum]);
}

export function useLabData(s: LabSettings, upload: UploadedSeries | null): LabDataState {
  const csv = s.data === 'csv';
  const key = `${dataKey(s)}|${csv ? uploadKey(upload) : ''}`;
  const [state, setState] = useState<{ key: string | null; data: LabData | null }>({
    key: null,
    data: null,
  });
  const [wanted, setWanted] = useState({ key, s, upload });
  if (wanted.key !== key) setWanted({ key, s, upload });

  useEffect(() => {
    let cancelled = false;
    void buildLabData(wanted.s, wanted.upload, (path) => loadPublicText(path)).then((data) => {
      if (cancelled) return;
      const stamped = data.ok ? { ...data, split: keyed(data.split, wanted.key) } : data;
      setState({ key: wanted.key, data: stamped });
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  return { ...state, loading: state.key !== key };
}
