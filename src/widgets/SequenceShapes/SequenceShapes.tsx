import { useId, useMemo } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { UnrolledNetwork } from '../../viz/UnrolledNetwork';
import { RNN_SHAPES, type RnnShape } from '../../viz/unrolledLayout';
import { shapeTrace, summarizeShape } from './shapeInfo';
import { DETAILS, fill, type StringKey } from './strings';
import './SequenceShapes.css';

export const SCHEMA = {
  shape: { type: 'enum', values: RNN_SHAPES, default: 'manyToOne' },
  T: { type: 'int', min: 2, max: 8, default: 6 },
} as const;

export type SequenceShapesState = StateOf<typeof SCHEMA>;

const list = (steps: number[], lang: Lang) =>
  steps.length ? steps.map((t) => `y(${t})`).join(', ') : fill(lang, 'none');

export interface SequenceShapesViewProps {
  lang: Lang;
  state: SequenceShapesState;
  setState: (patch: Partial<SequenceShapesState>) => void;
}

export function SequenceShapesView({ lang, state, setState }: SequenceShapesViewProps) {
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const { shape, T } = state;
  const name = useId();
  const info = summarizeShape(shape, T);
  const trace = useMemo(() => shapeTrace(shape, T), [shape, T]);
  const detail = DETAILS[lang][shape];
  const lossTerms = info.lossSteps.map((t) => `L(${t})`).join(' + ');
  return (
    <div className="ss-root">
      <fieldset className="ss-picker">
        <legend>{say('picker')}</legend>
        {RNN_SHAPES.map((s) => (
          <label key={s} className="ss-option" data-testid={`shape-${s}`}>
            <input
              type="radio"
              name={name}
              value={s}
              checked={s === shape}
              onChange={() => setState({ shape: s as RnnShape })}
            />
            {say(s)}
          </label>
        ))}
      </fieldset>
      <div className="viz-toolbar">
        <Slider
          label={say('steps')}
          min={2}
          max={8}
          step={1}
          value={T}
          hidden={shape === 'oneToOne'}
          onChange={(v) => setState({ T: Math.round(v) })}
        />
      </div>
      {/* Keyed so the drawing starts over on the chosen shape; its own shape and mode are fixed here. */}
      <UnrolledNetwork
        key={`${shape}-${info.T}`}
        lang={lang}
        trace={trace}
        shape={shape}
        mode="forward"
        locked={['shape', 'mode', 'truncation']}
      />
      <dl className="ss-facts" data-testid="shape-facts">
        <dt>{say('alias')}</dt>
        <dd>{detail.alias}</dd>
        <dt>{say('examples')}</dt>
        <dd>{detail.examples}</dd>
        <dt>{say('keras')}</dt>
        <dd>{detail.keras}</dd>
        <dt>{say('inputsAt')}</dt>
        <dd>{info.inputs.map((t) => `x(${t})`).join(', ')}</dd>
        <dt>{say('lossAt')}</dt>
        <dd data-testid="shape-loss">
          {list(info.lossSteps, lang)}
          {info.lossSteps.length > 0 && (
            <span className="ss-formula"> — {say('lossFormula', { terms: lossTerms })}</span>
          )}
        </dd>
        <dt>{say('ignoredAt')}</dt>
        <dd data-testid="shape-ignored">{list(info.ignored, lang)}</dd>
      </dl>
      <p className="ss-live" aria-live="polite">
        {say('live', {
          name: say(shape),
          inputs: info.inputs.join(', '),
          loss: list(info.lossSteps, lang),
        })}
      </p>
    </div>
  );
}

export interface SequenceShapesProps {
  id: string;
  shape?: RnnShape;
}

export default function SequenceShapes({ id, shape = 'manyToOne' }: SequenceShapesProps) {
  const lang = useLang();
  const schema = useMemo(
    () => ({ ...SCHEMA, shape: { ...SCHEMA.shape, default: shape } }),
    [shape],
  );
  const [state, setState] = useWidgetState(id, schema);
  return <SequenceShapesView lang={lang} state={state} setState={setState} />;
}
