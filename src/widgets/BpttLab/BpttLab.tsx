import { useMemo, type ReactNode } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { PlaybackControls, Select, Slider, usePlayback } from '../../controls';
import { Figure, type TableData } from '../../viz/Figure';
import { PLAY_INTERVAL_MS } from '../../viz/constants';
import { fmt as sig } from '../../viz/scales';
import { UnrolledDiagram, type DiagramStep } from '../UnrolledTimeline/UnrolledDiagram';
import { fmtVec } from '../UnrolledTimeline/timeline';
import { frameState, runBptt, strengths } from './bptt';
import './BpttLab.css';
import { fill, type StringKey } from './strings';

export const MAX_T = 10;

export const SCHEMA = {
  loss: { type: 'enum', values: ['manyToOne', 'synced'], default: 'manyToOne' },
  T: { type: 'int', min: 3, max: MAX_T, default: 8 },
  /** k ≥ T means full BPTT. */
  k: { type: 'int', min: 1, max: MAX_T, default: MAX_T },
  seed: { type: 'int', min: 1, max: 9999, default: 1 },
} as const;

export type BpttState = StateOf<typeof SCHEMA>;

/** "6–8" for a run of consecutive steps, "1, 3, 4" otherwise. */
export function stepRange(steps: number[]): string {
  if (steps.length > 2 && steps[steps.length - 1] - steps[0] === steps.length - 1) {
    return `${steps[0]}–${steps[steps.length - 1]}`;
  }
  return steps.join(', ');
}

export interface BpttLabViewProps {
  lang: Lang;
  state: BpttState;
  setState: (patch: Partial<BpttState>) => void;
  /** Animation frame: 0..T forward, T+1..2T backward. */
  frame: number;
  showWindow: boolean;
  controls: ReactNode;
  initialTable?: boolean;
}

export function BpttLabView(props: BpttLabViewProps) {
  const { lang, state, setState, frame, showWindow, initialTable = false } = props;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const { T, seed } = state;
  const k = showWindow ? Math.min(state.k, T) : T;
  const r = useMemo(() => runBptt(state.loss, T, k, seed), [state.loss, T, k, seed]);
  const { computed, back, phase } = frameState(frame, T);
  const g = strengths(r.truncated);
  // Backward frames reveal the gradient from step T down to step T − back + 1.
  const shownGrad = g.map((v, t) => (phase === 'backward' && t >= T - back ? v : null));
  const steps: DiagramStep[] = r.pass.hidden.map((_, t) => ({
    hasInput: true,
    inputText: fmtVec(r.inputs[t]),
    output: r.targets[t] ? 'loss' : 'ignored',
    // The state itself has four numbers; once the gradient arrives, its size is the news.
    hiddenText: shownGrad[t] !== null ? `∇ ${sig(r.truncated[t])}` : t < computed ? '' : '?',
    outputText: t < computed ? fmtVec(r.pass.outputs[t]) : '?',
  }));
  const receiving = r.truncated.flatMap((v, t) => (v > 0 ? [t + 1] : []));
  const live =
    k >= T
      ? say('liveFull', { T, full: sig(r.dWhhFull) })
      : say('live', {
          which: say('stepsList', { list: stepRange(receiving) }),
          k,
          cut: sig(r.dWhhTruncated),
          full: sig(r.dWhhFull),
          pct: Math.round((100 * r.dWhhTruncated) / r.dWhhFull),
        });
  const phaseText =
    frame === 0
      ? say('phaseIdle')
      : phase === 'forward'
        ? say('phaseForward', { n: computed, T })
        : say('phaseBackward', { n: back, T });
  const table = (): TableData => ({
    caption: say('tableCaption'),
    columns: [say('colT'), say('colLoss'), say('colFull'), say('colCut', { k })],
    rows: r.full.map((v, t) => [
      t + 1,
      r.targets[t] ? say('yes') : say('no'),
      sig(v),
      r.truncated[t] > 0 ? sig(r.truncated[t]) : '0',
    ]),
  });
  return (
    <Figure
      lang={lang}
      title={say('title')}
      description={say('desc')}
      table={table}
      initialTable={initialTable}
      controls={
        <>
          <Select
            label={say('loss')}
            value={state.loss}
            options={[
              { value: 'manyToOne', label: say('manyToOne') },
              { value: 'synced', label: say('synced') },
            ]}
            onChange={(v) => setState({ loss: v })}
          />
          <Slider
            label={say('steps')}
            min={3}
            max={MAX_T}
            step={1}
            value={T}
            onChange={(v) => setState({ T: Math.round(v) })}
          />
          <Slider
            label={say('window')}
            min={1}
            max={T}
            step={1}
            value={k}
            hidden={!showWindow}
            format={(v) => (v >= T ? `${v} (${say('full')})` : String(v))}
            onChange={(v) => setState({ k: Math.round(v) >= T ? MAX_T : Math.round(v) })}
          />
        </>
      }
    >
      {props.controls}
      <UnrolledDiagram
        steps={steps}
        computed={computed}
        active={
          phase === 'forward' ? (computed > 0 ? computed - 1 : null) : back > 0 ? T - back : null
        }
        gradient={shownGrad}
        label={say('diagram', { T, phase: phaseText })}
        lossLabel="L"
      />
      <p className="bl-phase" data-testid="bptt-phase">
        {phaseText}
      </p>
      <p className="bl-live" aria-live="polite" data-testid="bptt-live">
        {live}
      </p>
    </Figure>
  );
}

export interface BpttLabProps {
  id: string;
  truncation?: boolean;
}

export default function BpttLab({ id, truncation = true }: BpttLabProps) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  const playback = usePlayback(2 * state.T + 1, { intervalMs: PLAY_INTERVAL_MS });
  const say = (key: StringKey) => fill(lang, key);
  return (
    <BpttLabView
      lang={lang}
      state={state}
      setState={(patch) => {
        if (patch.T !== undefined || patch.loss !== undefined) playback.reset();
        setState(patch);
      }}
      frame={playback.t}
      showWindow={truncation}
      controls={
        <PlaybackControls
          labels={{
            group: say('playback'),
            play: say('play'),
            pause: say('pause'),
            step: say('step'),
            reset: say('reset'),
          }}
          playing={playback.playing}
          onPlayingChange={playback.setPlaying}
          onStep={playback.step}
          onReset={playback.reset}
          atEnd={playback.atEnd}
        />
      }
    />
  );
}
