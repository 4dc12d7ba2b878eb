/**
 * A live lab's run that can also start from a shipped checkpoint: `useTrainer` plus "Load
 * pretrained". Loading reads the checkpoint's model.json in the page (its figures and history show
 * at once), sets the lab to the checkpoint's network, has the worker create the run from the saved
 * weights (`create({ experiment, checkpoint })`), and measures them again on the validation split.
 * Training then continues from the checkpoint; its history follows the saved one.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getExperiment } from '../../engine/experiments';
import { loadPublicText } from '../../engine/data';
import type { EngineMessage, Trace, TrainerSnapshot } from '../../engine/types';
import type { CreateSpec } from '../../worker/protocol';
import { useTrainer, type TraceWish, type TrainerRun } from '../TrainingLab/useTrainer';
import {
  checkpointFolder,
  continuedHistory,
  fitsCheckpoint,
  hasCheckpoint,
  parseCheckpoint,
  type CheckpointInfo,
} from './checkpoint';

export type ExperimentSpec = Extract<CreateSpec, { experiment: string }>;

export type PretrainedPhase = 'none' | 'fetching' | 'starting' | 'loaded' | 'failed';

export interface Pretrained {
  /** This experiment ships a checkpoint. */
  available: boolean;
  phase: PretrainedPhase;
  /** The checkpoint's configuration, figures and history, once read. */
  info: CheckpointInfo | null;
  /** The run in the worker holds the checkpoint's weights (and what was trained after them). */
  active: boolean;
  /** Loss and metric of the loaded weights on the validation split, measured in the worker. */
  measured: { loss: number; metric: number } | null;
  error: string | null;
  load(): void;
}

export interface LabRun extends TrainerRun {
  pretrained: Pretrained;
  /**
   * Builds the run without training it (to query an untrained model); does nothing when a run of
   * these settings exists already.
   */
  prepare(): void;
}

interface LoadState {
  phase: PretrainedPhase;
  info: CheckpointInfo | null;
  measured: { loss: number; metric: number } | null;
  error: string | null;
  /** The checkpoint run as created, shown until the student trains it further. */
  fresh: { snapshot: TrainerSnapshot | null; trace: Trace | null } | null;
  /** The student has trained since loading: the worker's own snapshots are current again. */
  acted: boolean;
}

const NONE: LoadState = {
  phase: 'none',
  info: null,
  measured: null,
  error: null,
  fresh: null,
  acted: false,
};

/**
 * `apply(info)` sets the lab's own settings (kept in the link) to the checkpoint's network; the
 * weights load once the lab's model fits the checkpoint (see `fitsCheckpoint`).
 */
export function usePretrainedRun(
  spec: ExperimentSpec,
  wish: TraceWish,
  apply: (info: CheckpointInfo) => void,
): LabRun {
  const experimentModel = getExperiment(spec.experiment)?.model;
  const available = hasCheckpoint(spec.experiment) && experimentModel !== undefined;
  const [load, setLoad] = useState<LoadState>(NONE);
  const fits =
    load.info !== null &&
    experimentModel !== undefined &&
    fitsCheckpoint(experimentModel, spec.model, load.info.model);
  const withCheckpoint = fits && (load.phase === 'starting' || load.phase === 'loaded');
  const runSpec = useMemo<ExperimentSpec>(
    () => (withCheckpoint ? { ...spec, checkpoint: checkpointFolder(spec.experiment) } : spec),
    [spec, withCheckpoint],
  );
  const run = useTrainer(runSpec, wish);
  const booted = useRef(false);
  const creating = useRef(false);
  const wishRef = useRef(wish);
  wishRef.current = wish;

  const start = useCallback(() => {
    if (!available) return;
    booted.current = false;
    creating.current = false;
    setLoad({ ...NONE, phase: 'fetching' });
    loadPublicText(`${checkpointFolder(spec.experiment)}model.json`)
      .then((text) => {
        const info = parseCheckpoint(text, spec.experiment);
        apply(info);
        setLoad({ ...NONE, phase: 'starting', info });
      })
      .catch((e: unknown) => setLoad({ ...NONE, phase: 'failed', error: String(e) }));
  }, [available, spec.experiment, apply]);

  // The worker is started (and a run created) with `prepare`; the run is then created once more
  // from the checkpoint, directly through the worker, so the student starts from exactly the saved
  // weights even when a run of these settings already existed and had trained further.
  const { status, snapshot, client } = run;
  const prepare = run.prepare;
  const bootSnapshot = useRef<TrainerSnapshot | null>(null);
  useEffect(() => {
    if (load.phase !== 'starting' || !withCheckpoint) return;
    if (!booted.current) {
      booted.current = true;
      bootSnapshot.current = snapshot;
      prepare();
      return;
    }
    if (status === 'refused' || status === 'failed') {
      setLoad((l) => ({ ...l, phase: 'failed', error: null }));
      return;
    }
    // prepare() ends by reading the worker's snapshot: a new object means the worker is ready.
    const bootDone =
      status === 'ready' &&
      snapshot !== null &&
      snapshot !== bootSnapshot.current &&
      snapshot.state !== 'training';
    if (!bootDone || !client || creating.current) return;
    creating.current = true;
    const api = client.api;
    void (async () => {
      try {
        const created = await api.create(runSpec);
        if (!created.ok) throw new Error(created.messages.map((m) => m.code).join(', '));
        const measured = await api.evaluate('valid');
        const fresh = await api.snapshot();
        const w = wishRef.current;
        const trace =
          w.sample === null
            ? null
            : ((await api.requestTrace({
                sample: w.sample,
                every: 1_000_000,
                gradients: Boolean(w.gradients),
              })) ?? null);
        setLoad((l) => ({
          ...l,
          phase: 'loaded',
          measured,
          fresh: { snapshot: fresh, trace },
          acted: false,
        }));
      } catch (e) {
        setLoad((l) => ({ ...l, phase: 'failed', error: String(e).slice(0, 200) }));
      }
    })();
  }, [load.phase, withCheckpoint, status, snapshot, client, prepare, runSpec]);

  const active = load.phase === 'loaded' && fits;
  const showFresh = active && !load.acted && load.fresh !== null;
  const busy = load.phase === 'fetching' || load.phase === 'starting';
  // While loading, the booting batch's snapshot is not the student's: nothing is shown.
  const baseSnapshot = busy ? null : showFresh ? load.fresh!.snapshot : run.snapshot;
  const shownSnapshot = useMemo(
    () =>
      active && baseSnapshot && load.info
        ? { ...baseSnapshot, history: continuedHistory(load.info, baseSnapshot.history) }
        : baseSnapshot,
    [active, baseSnapshot, load.info],
  );
  // A trace taken on the loaded run (a new sample chosen) has step 0; the booting batch's has 1.
  const shownTrace =
    showFresh && !(run.trace && run.trace.step === 0) ? load.fresh!.trace : run.trace;
  const messages: EngineMessage[] =
    load.phase === 'failed' && load.error
      ? [
          ...run.messages,
          { code: 'checkpoint.failed', severity: 'error', params: { detail: load.error } },
        ]
      : run.messages;

  const acting = (action: () => void) => () => {
    if (showFresh) setLoad((l) => ({ ...l, acted: true }));
    action();
  };

  return {
    ...run,
    snapshot: shownSnapshot,
    trace: shownTrace,
    messages,
    status: busy && run.status !== 'starting' ? 'starting' : run.status,
    play: acting(run.play),
    stepBatch: acting(run.stepBatch),
    stepEpoch: acting(run.stepEpoch),
    reset: () => {
      setLoad(NONE);
      run.reset();
    },
    prepare: () => {
      if (run.status === 'idle' && !withCheckpoint && !busy) run.prepare();
    },
    pretrained: {
      available,
      phase: load.phase,
      info: load.info,
      active,
      measured: active ? load.measured : null,
      error: load.error,
      load: start,
    },
  };
}
