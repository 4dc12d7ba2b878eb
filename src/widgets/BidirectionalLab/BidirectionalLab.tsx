/**
 * Bidirectional lab: the same SimpleRNN, with or without a backward copy, trained live on the
 * look-ahead task; the page states the ceiling a one-directional reader cannot pass and keeps a
 * table of finished runs.
 */
import { RunButtons } from '../TrainingLab/RunButtons';
import { useEffect, useMemo, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { Slider, Toggle } from '../../controls';
import { TrainingDashboard } from '../../viz/TrainingDashboard';
import { useTrainer } from '../TrainingLab/useTrainer';
import { LabFrame } from '../LabFrame/LabFrame';
import { fill } from '../TrainingLab/strings';
import {
  forwardCeiling,
  lookAheadModel,
  lookAheadSplit,
  lookAheadTrain,
  LENGTH,
} from './lookAhead';
import { BI_STRINGS } from './strings';

export interface BidirectionalLabProps {
  id: string;
  bidirectional?: boolean;
}

interface Result {
  bi: boolean;
  k: number;
  units: number;
  accuracy: number;
}

export default function BidirectionalLab({ id, bidirectional = false }: BidirectionalLabProps) {
  const lang = useLang();
  const t = BI_STRINGS[lang];
  const schema = useMemo(
    () =>
      ({
        bi: { type: 'boolean', default: Boolean(bidirectional) },
        k: { type: 'int', min: 1, max: 4, default: 2 },
        units: { type: 'int', min: 2, max: 32, default: 16 },
        epochs: { type: 'int', min: 1, max: 40, default: 8 },
        seed: { type: 'int', min: 0, max: 9999, default: 1 },
      }) as const satisfies Schema,
    [bidirectional],
  );
  const [s, set] = useWidgetState(id, schema);
  const data = useMemo(() => lookAheadSplit(s.k, s.seed), [s.k, s.seed]);
  const spec = useMemo(
    () => ({
      model: lookAheadModel(s.bi, s.units, s.seed),
      train: lookAheadTrain(s.epochs, s.seed),
      data,
    }),
    [s.bi, s.units, s.seed, s.epochs, data],
  );
  const run = useTrainer(spec);
  const [results, setResults] = useState<Result[]>([]);
  const snap = run.snapshot;
  const lastVal = snap?.history.filter((h) => h.valMetric !== undefined).at(-1);
  const state = snap?.state;

  useEffect(() => {
    if (state !== 'done' || lastVal?.valMetric === undefined) return;
    const r: Result = { bi: s.bi, k: s.k, units: s.units, accuracy: lastVal.valMetric };
    setResults((list) => [
      ...list.filter((x) => !(x.bi === r.bi && x.k === r.k && x.units === r.units)),
      r,
    ]);
  }, [state, lastVal?.valMetric, s.bi, s.k, s.units]);

  let status = t.idle;
  if (run.status === 'starting') status = t.starting;
  else if (run.status === 'failed') status = t.failed;
  else if (snap && snap.history.length > 0) {
    const loss = snap.history.at(-1)!.loss.toFixed(3);
    status =
      lastVal?.valMetric !== undefined
        ? fill(t.progress, {
            epoch: snap.epoch,
            epochs: s.epochs,
            loss,
            acc: lastVal.valMetric.toFixed(3),
          })
        : fill(t.noAcc, { epoch: snap.epoch, epochs: s.epochs, loss });
  }

  return (
    <LabFrame
      id={id}
      lang={lang}
      testId={`bilab-${id}`}
      title={t.title}
      description={t.description}
      legend={t.title}
      settings={
        <>
          <Toggle label={t.bidirectional} checked={s.bi} onChange={(bi) => set({ bi })} />
          <Slider
            label={t.ahead}
            min={1}
            max={4}
            step={1}
            value={s.k}
            onChange={(k) => set({ k })}
          />
          <Slider
            label={t.units}
            min={2}
            max={32}
            step={1}
            value={s.units}
            onChange={(units) => set({ units })}
          />
          <Slider
            label={t.epochs}
            min={1}
            max={40}
            step={1}
            value={s.epochs}
            onChange={(epochs) => set({ epochs })}
          />
          <Slider
            label={t.seed}
            min={0}
            max={99}
            step={1}
            value={s.seed}
            onChange={(seed) => set({ seed })}
          />
        </>
      }
      buttons={
        <>
          <p>{fill(t.ceiling, { k: s.k, c: forwardCeiling(s.k).toFixed(3), g: LENGTH - s.k })}</p>
          <RunButtons
            run={run}
            testId="bilab"
            groupLabel={t.title}
            labels={{ train: t.train, pause: t.pause, step: t.step, reset: t.reset }}
          />
        </>
      }
      run={run}
      statusTestId="bilab"
      statusText={status}
    >
      {snap && (
        <TrainingDashboard
          lang={lang}
          showMessage={false}
          snapshot={snap}
          metricName={{ en: 'accuracy', ko: '정확도' }}
        />
      )}
      <table data-testid="bilab-results">
        <caption>{t.results}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colDir}</th>
            <th scope="col">{t.colK}</th>
            <th scope="col">{t.colUnits}</th>
            <th scope="col">{t.colAcc}</th>
          </tr>
        </thead>
        <tbody>
          {results.length === 0 ? (
            <tr>
              <td colSpan={4}>{t.noResults}</td>
            </tr>
          ) : (
            results.map((r) => (
              <tr key={`${r.bi}-${r.k}-${r.units}`}>
                <td>{r.bi ? t.both : t.forward}</td>
                <td>{r.k}</td>
                <td>{r.units}</td>
                <td>{r.accuracy.toFixed(3)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </LabFrame>
  );
}
