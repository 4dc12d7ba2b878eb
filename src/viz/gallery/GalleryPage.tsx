/**
 * Every drawing of the course on fixture data, with live controls: the page the lead routes at
 * #/<lang>/gallery, used by the end-to-end tests. Simulated training replays precomputed fixture
 * states on a timer (usePlayback); nothing here trains.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { CellKind, TrainerSnapshot } from '../../engine/types';
import type { Lang } from '../../lesson/lang';
import { PlaybackControls, Select, Slider, Toggle, usePlayback } from '../../controls';
import { CellDiagram } from '../CellDiagram';
import { CharacterView } from '../CharacterView';
import { FormulaLegend } from '../FormulaLegend';
import { ForecastView } from '../ForecastView';
import { GateHeatmap } from '../GateHeatmap';
import { GradientFlow } from '../GradientFlow';
import { NumericWalkthrough } from '../NumericWalkthrough';
import { SequenceToys } from '../SequenceToys';
import { ShapeCalculator } from '../ShapeCalculator';
import { Sized } from '../Sized';
import { TrainingDashboard } from '../TrainingDashboard';
import { UnrolledNetwork } from '../UnrolledNetwork';
import { say, GALLERY, type GalleryKey } from '../strings';
import {
  fixtureChars,
  fixtureForecast,
  fixtureLayerTrace,
  fixtureSnapshot,
  fixtureTrace,
  fixtureWeights,
  gradientModels,
  sampleTraces,
  trainingTraces,
} from '../fixtures';

export interface GalleryPageProps {
  lang: Lang;
}

const CELLS: CellKind[] = ['lstm', 'gru', 'simpleRnn'];
const CELL_LABEL: Record<string, string> = { lstm: 'LSTM', gru: 'GRU', simpleRnn: 'SimpleRNN' };
const SIM_FRAMES = 30;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={`gallery-${id}`} aria-labelledby={`gallery-${id}-h`} data-gallery={id}>
      <h2 id={`gallery-${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

export default function GalleryPage({ lang }: GalleryPageProps) {
  const g = (k: GalleryKey) => GALLERY[k][lang];
  const [cell, setCell] = useState<CellKind>('lstm');
  const [symbol, setSymbol] = useState<string | null>(null);
  const [lr, setLr] = useState(0.003);
  const [clip, setClip] = useState(true);
  const [batch, setBatch] = useState('32');
  // Locked below: the status line shows it cannot change.
  const [dropout, setDropout] = useState(0.2);
  const trace = useMemo(() => fixtureTrace(8), []);
  const cellTrace = useMemo(() => fixtureLayerTrace(cell), [cell]);
  const walkTraces = useMemo(() => sampleTraces(cell, 3), [cell]);
  const weights = useMemo(() => fixtureWeights(cell), [cell]);
  const heatFrames = useMemo(() => trainingTraces('lstm', SIM_FRAMES, 12), []);
  const grads = useMemo(() => gradientModels(), []);
  const fullRun = useMemo(() => fixtureSnapshot('training'), []);
  const diverged = useMemo(() => fixtureSnapshot('diverged'), []);
  const forecastOne = useMemo(() => fixtureForecast('oneStep'), []);
  const forecastMulti = useMemo(() => fixtureForecast('multiStep'), []);
  const chars2 = useMemo(() => fixtureChars(2), []);
  const chars6 = useMemo(() => fixtureChars(6), []);
  const sim = usePlayback(SIM_FRAMES, { intervalMs: 400, loop: true, initial: SIM_FRAMES - 1 });
  const labels = {
    group: g('simTraining'),
    play: say('play', lang),
    pause: say('pause', lang),
    step: say('stepOnce', lang),
    reset: say('reset', lang),
  };
  const snapshot: TrainerSnapshot = useMemo(() => {
    const n = Math.max(1, Math.round(((sim.t + 1) / SIM_FRAMES) * fullRun.history.length));
    const history = fullRun.history.slice(0, n);
    const last = history[history.length - 1];
    return {
      ...fullRun,
      state: sim.playing ? 'training' : n === fullRun.history.length ? 'done' : 'paused',
      history,
      step: last.step,
      epoch: last.epoch,
      batch: ((n - 1) % fullRun.batchesPerEpoch) + 1,
    };
  }, [sim.t, sim.playing, fullRun]);
  const baselines = [
    { label: GALLERY.naive, value: 0.02, of: 'loss' as const },
    { label: GALLERY.mean, value: 0.5, of: 'loss' as const },
  ];
  return (
    <main className="viz-gallery" lang={lang}>
      <h1>{g('title')}</h1>
      <p>{g('intro')}</p>
      <Section id="unrolled" title={g('unrolled')}>
        <Sized>
          {(w) => (
            <UnrolledNetwork
              lang={lang}
              trace={trace.layers[0]}
              gradNorms={trace.gradNormPerStep}
              width={w}
            />
          )}
        </Sized>
      </Section>
      <Section id="cell" title={g('cell')}>
        <Select
          label={g('cellKind')}
          value={cell}
          options={CELLS.map((c) => ({ value: c, label: CELL_LABEL[c] }))}
          onChange={setCell}
        />
        <CellDiagram lang={lang} trace={cellTrace} highlight={symbol} onHighlight={setSymbol} />
        <p>{g('formulaLink')}</p>
        <FormulaLegend lang={lang} cell={cell} highlight={symbol} onHighlight={setSymbol} />
      </Section>
      <Section id="walkthrough" title={g('walk')}>
        <NumericWalkthrough
          key={cell}
          lang={lang}
          weights={weights}
          traces={walkTraces}
          initialTime={2}
        />
      </Section>
      <Section id="heatmap" title={g('heat')}>
        <PlaybackControls
          labels={labels}
          playing={sim.playing}
          onPlayingChange={sim.setPlaying}
          onStep={sim.step}
          onReset={sim.reset}
        />
        <Sized>{(w) => <GateHeatmap lang={lang} trace={heatFrames[sim.t]} width={w} />}</Sized>
      </Section>
      <Section id="gradients" title={g('grad')}>
        <Sized>{(w) => <GradientFlow lang={lang} models={grads} width={w} />}</Sized>
      </Section>
      <Section id="dashboard" title={g('dash')}>
        <PlaybackControls
          labels={labels}
          playing={sim.playing}
          onPlayingChange={sim.setPlaying}
          onStep={sim.step}
          onReset={sim.reset}
        />
        <Sized>
          {(w) => (
            <TrainingDashboard
              lang={lang}
              snapshot={snapshot}
              baselines={baselines}
              metricName={GALLERY.mse}
              width={w}
            />
          )}
        </Sized>
        <h3>{g('diverged')}</h3>
        <Sized>
          {(w) => (
            <TrainingDashboard lang={lang} snapshot={diverged} width={w} initialLog={false} />
          )}
        </Sized>
      </Section>
      <Section id="forecast" title={g('fore')}>
        <Sized>
          {(w) => <ForecastView lang={lang} data={forecastOne} mode="oneStep" width={w} />}
        </Sized>
        <Sized>
          {(w) => <ForecastView lang={lang} data={forecastMulti} mode="multiStep" width={w} />}
        </Sized>
      </Section>
      <Section id="characters" title={g('chars')}>
        <h3>{g('hidden2')}</h3>
        <Sized>{(w) => <CharacterView lang={lang} data={chars2} width={w} />}</Sized>
        <h3>{g('hidden6')}</h3>
        <Sized>{(w) => <CharacterView lang={lang} data={chars6} width={w} />}</Sized>
      </Section>
      <Section id="shapes" title={g('shapes')}>
        <Sized>
          {(w) => (
            <ShapeCalculator
              lang={lang}
              width={w}
              initial={{
                timesteps: 2,
                features: 10,
                headUnits: null,
                layers: [{ cell: 'simpleRnn', units: 3, returnSequences: false }],
              }}
            />
          )}
        </Sized>
      </Section>
      <Section id="toys" title={g('toys')}>
        <Sized>
          {(w) => (
            <SequenceToys lang={lang} sentences={['good, not bad', 'bad, not good']} width={w} />
          )}
        </Sized>
      </Section>
      <Section id="controls" title={g('controls')}>
        <div className="viz-toolbar">
          <Slider label={g('learningRate')} log min={1e-5} max={1} value={lr} onChange={setLr} />
          <Toggle label={g('clip')} checked={clip} onChange={setClip} />
          <Select
            label={g('batch')}
            value={batch}
            options={['8', '32', '128'].map((v) => ({ value: v, label: v }))}
            onChange={setBatch}
          />
          <Slider
            label={g('dropout')}
            min={0}
            max={0.5}
            step={0.05}
            value={dropout}
            onChange={setDropout}
            locked
            lockedReason={g('locked')}
          />
        </div>
        <p role="status">{`lr = ${lr}, clip = ${clip}, batch = ${batch}, dropout = ${dropout}`}</p>
      </Section>
    </main>
  );
}
