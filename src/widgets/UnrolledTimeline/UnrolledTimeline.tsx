import { useMemo, type ReactNode } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { PlaybackControls, Select, Slider, usePlayback } from '../../controls';
import { Figure, type TableData } from '../../viz/Figure';
import { PLAY_INTERVAL_MS } from '../../viz/constants';
import { UnrolledDiagram, type DiagramStep } from './UnrolledDiagram';
import {
  INPUT_PATTERNS,
  buildTimeline,
  fmt,
  fmtMatrix,
  fmtVec,
  stepParts,
  type Timeline,
} from './timeline';
import { fill, type StringKey } from './strings';
import './UnrolledTimeline.css';

export const SCHEMA = {
  view: { type: 'enum', values: ['unrolled', 'folded'], default: 'unrolled' },
  T: { type: 'int', min: 2, max: 8, default: 5 },
  units: { type: 'int', min: 1, max: 3, default: 2 },
  x: { type: 'enum', values: INPUT_PATTERNS, default: 'sine' },
  seed: { type: 'int', min: 1, max: 9999, default: 1 },
} as const;

export type TimelineState = StateOf<typeof SCHEMA>;

export interface UnrolledTimelineViewProps {
  lang: Lang;
  state: TimelineState;
  setState: (patch: Partial<TimelineState>) => void;
  /** Steps computed so far (0..T) and the playback around it. */
  computed: number;
  controls: ReactNode;
  initialTable?: boolean;
}

/** The three lines of arithmetic of step t (0-based), for the panel beside the drawing. */
export function stepLines(lang: Lang, tl: Timeline, t: number): string[] {
  const p = stepParts(tl, t);
  const n = { t: t + 1, p: t };
  return [
    fill(lang, 'inputs', { ...n, x: fmt(p.x), h: fmtVec(p.hPrev) }),
    fill(lang, 'pre', {
      ...n,
      fx: fmtVec(p.fromInput),
      fh: fmtVec(p.fromState),
      a: fmtVec(p.pre),
    }),
    fill(lang, 'hidden', { ...n, h: fmtVec(p.h) }),
    fill(lang, 'output', { ...n, y: fmtVec(p.y) }),
  ];
}

export function UnrolledTimelineView(props: UnrolledTimelineViewProps) {
  const { lang, state, setState, computed, initialTable = false } = props;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const { T, units, x, seed, view } = state;
  const tl = useMemo(() => buildTimeline(seed, units, T, x), [seed, units, T, x]);
  const active = computed > 0 ? computed - 1 : null;

  const steps: DiagramStep[] = tl.inputs.map((xv, t) => ({
    hasInput: true,
    // No loss in this lesson yet: outputs are just outputs.
    output: 'plain',
    inputText: fmt(xv),
    hiddenText: t < computed ? fmtVec(tl.pass.hidden[t]) : '?',
    outputText: t < computed ? fmtVec(tl.pass.outputs[t]) : '?',
  }));
  // In the folded picture only the current step's values are on show.
  const foldedSteps = steps.map((s, t) =>
    t === active ? s : { ...s, hiddenText: '', outputText: '' },
  );

  const table = (): TableData => ({
    caption: say('tableCaption'),
    columns: [say('colT'), say('colX'), say('colH'), say('colY')],
    rows: tl.inputs.map((xv, t) => [
      t + 1,
      fmt(xv),
      t < computed ? fmtVec(tl.pass.hidden[t]) : '—',
      t < computed ? fmtVec(tl.pass.outputs[t]) : '—',
    ]),
  });

  const last = tl.pass.hidden[T - 1];
  const liveText =
    active === null
      ? say('notStarted')
      : computed === T
        ? say('done', { T, h: fmtVec(last) })
        : say('live', {
            t: computed,
            h: fmtVec(tl.pass.hidden[active]),
            y: fmtVec(tl.pass.outputs[active]),
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
            label={say('view')}
            value={view}
            options={[
              { value: 'unrolled', label: say('unrolled') },
              { value: 'folded', label: say('folded') },
            ]}
            onChange={(v) => setState({ view: v })}
          />
          <Slider
            label={say('steps')}
            min={2}
            max={8}
            step={1}
            value={T}
            onChange={(v) => setState({ T: Math.round(v) })}
          />
          <Slider
            label={say('units')}
            min={1}
            max={3}
            step={1}
            value={units}
            onChange={(v) => setState({ units: Math.round(v) })}
          />
          <Select
            label={say('pattern')}
            value={x}
            options={INPUT_PATTERNS.map((p) => ({ value: p, label: say(p) }))}
            onChange={(v) => setState({ x: v })}
          />
          <button
            type="button"
            className="viz-button"
            data-testid="unrolled-new-weights"
            onClick={() => setState({ seed: (seed % 9999) + 1 })}
          >
            {say('seed')}
          </button>
          <span className="ut-seed">{say('seedValue', { seed })}</span>
        </>
      }
    >
      {props.controls}
      {view === 'folded' ? (
        <UnrolledDiagram
          folded
          steps={foldedSteps}
          computed={computed}
          active={active ?? 0}
          label={say('foldedDiagram', { t: (active ?? 0) + 1 })}
        />
      ) : (
        <UnrolledDiagram
          steps={steps}
          computed={computed}
          active={active}
          label={say('diagram', { T, done: computed })}
        />
      )}
      <div className="ut-panel" data-testid="unrolled-step-panel">
        {active !== null && (
          <>
            <p className="ut-at">{say('atStep', { t: active + 1, T })}</p>
            <ol className="ut-lines">
              {stepLines(lang, tl, active).map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ol>
          </>
        )}
        <p className="ut-weights">
          <strong>{say('sameWeights')}:</strong> Wxh = {fmtMatrix(tl.weights.Wx)}, Whh ={' '}
          {fmtMatrix(tl.weights.Wh)}, Why = {fmtMatrix(tl.weights.Wy)}, b = 0, by = 0
        </p>
      </div>
      <p className="ut-live" aria-live="polite" data-testid="unrolled-live">
        {liveText}
      </p>
    </Figure>
  );
}

export interface UnrolledTimelineProps {
  id: string;
  view?: 'unrolled' | 'folded';
}

export default function UnrolledTimeline({ id, view = 'unrolled' }: UnrolledTimelineProps) {
  const lang = useLang();
  const schema = useMemo(() => ({ ...SCHEMA, view: { ...SCHEMA.view, default: view } }), [view]);
  const [state, setState] = useWidgetState(id, schema);
  const playback = usePlayback(state.T + 1, { intervalMs: PLAY_INTERVAL_MS });
  const say = (key: StringKey) => fill(lang, key);
  return (
    <UnrolledTimelineView
      lang={lang}
      state={state}
      setState={(patch) => {
        // New weights, length or input: the forward pass starts over.
        if (
          patch.T !== undefined ||
          patch.seed !== undefined ||
          patch.units !== undefined ||
          patch.x !== undefined
        ) {
          playback.reset();
        }
        setState(patch);
      }}
      computed={playback.t}
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
