import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Select, Slider, Toggle } from '../../controls';
import { Figure, type TableData } from '../../viz/Figure';
import { KERAS_CLASS, kerasView, torchView, tuple, type WeightPart } from './shapeMath';
import { fill, type StringKey } from './strings';
import './ShapeLab.css';

/** Defaults: the notes' example, SimpleRNN(3) on sequences of 2 steps of 10 features. */
export const SCHEMA = {
  cell: { type: 'enum', values: ['simpleRnn', 'lstm', 'gru'], default: 'simpleRnn' },
  batch: { type: 'int', min: 1, max: 64, default: 8 },
  fixBatch: { type: 'boolean', default: false },
  T: { type: 'int', min: 1, max: 50, default: 2 },
  d: { type: 'int', min: 1, max: 64, default: 10 },
  units: { type: 'int', min: 1, max: 64, default: 3 },
  seq: { type: 'boolean', default: false },
  bf: { type: 'boolean', default: true },
} as const;

export type ShapeLabState = StateOf<typeof SCHEMA>;

function Weights({ parts, total, lang }: { parts: WeightPart[]; total: number; lang: Lang }) {
  return (
    <ul className="sl-weights">
      {parts.map((w) => (
        <li key={w.name}>
          <code>{w.name}</code> {tuple(w.shape)} = {w.count}
        </li>
      ))}
      <li className="sl-total">
        {fill(lang, 'total')}: <strong>{total}</strong>
      </li>
    </ul>
  );
}

function Flow({ items }: { items: { label: string; value: string; testId?: string }[] }) {
  return (
    <ol className="sl-flow">
      {items.map((it) => (
        <li key={it.label}>
          <span className="sl-flow-label">{it.label}</span>
          <span className="sl-flow-value" data-testid={it.testId}>
            {it.value}
          </span>
        </li>
      ))}
    </ol>
  );
}

export interface ShapeLabViewProps {
  lang: Lang;
  state: ShapeLabState;
  setState: (patch: Partial<ShapeLabState>) => void;
  initialTable?: boolean;
}

export function ShapeLabView({ lang, state, setState, initialTable = false }: ShapeLabViewProps) {
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const setup = {
    cell: state.cell,
    batch: state.batch,
    fixBatch: state.fixBatch,
    timesteps: state.T,
    features: state.d,
    units: state.units,
    returnSequences: state.seq,
    batchFirst: state.bf,
  };
  const k = kerasView(setup);
  const t = torchView(setup);
  const table = (): TableData => ({
    caption: say('tableCaption'),
    columns: [say('colWhat'), say('keras'), say('torch')],
    rows: [
      [say('rowCode'), k.code, t.code],
      [say('rowInput'), tuple(k.input), tuple(t.input)],
      [say('rowOutput'), tuple(k.output), tuple(t.output)],
      [say('rowState'), say('notReturned'), tuple(t.hN)],
      [say('rowParams'), k.params, t.params],
    ],
  });
  const int = (key: 'batch' | 'T' | 'd' | 'units') => (v: number) =>
    setState({ [key]: Math.round(v) });
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
            label={say('cell')}
            value={state.cell}
            options={(['simpleRnn', 'lstm', 'gru'] as const).map((c) => ({
              value: c,
              label: KERAS_CLASS[c],
            }))}
            onChange={(cell) => setState({ cell })}
          />
          <Slider
            label={say('batch')}
            min={1}
            max={64}
            step={1}
            value={state.batch}
            onChange={int('batch')}
          />
          <Slider
            label={say('timesteps')}
            min={1}
            max={50}
            step={1}
            value={state.T}
            onChange={int('T')}
          />
          <Slider
            label={say('features')}
            min={1}
            max={64}
            step={1}
            value={state.d}
            onChange={int('d')}
          />
          <Slider
            label={say('units')}
            min={1}
            max={64}
            step={1}
            value={state.units}
            onChange={int('units')}
          />
          <Toggle
            label={say('fixBatch')}
            checked={state.fixBatch}
            onChange={(fixBatch) => setState({ fixBatch })}
          />
          <Toggle
            label={say('returnSequences')}
            checked={state.seq}
            onChange={(seq) => setState({ seq })}
          />
          <Toggle
            label={say('batchFirst')}
            checked={state.bf}
            onChange={(bf) => setState({ bf })}
          />
        </>
      }
    >
      <div className="sl-grid">
        <section className="sl-side" aria-label={say('keras')}>
          <h4>{say('keras')}</h4>
          <pre className="sl-code" data-testid="shapelab-keras-code">
            <code>{k.code}</code>
          </pre>
          <Flow
            items={[
              { label: say('input'), value: tuple(k.input) },
              { label: say('output'), value: tuple(k.output), testId: 'shapelab-keras-output' },
            ]}
          />
          <p className="sl-cell">
            <strong>{say('cellStep', { cls: KERAS_CLASS[state.cell] })}:</strong>{' '}
            {say('cellNote', {
              state: tuple(k.cellOutput),
              x: tuple(k.cellInput),
              out: tuple(k.cellOutput),
              T: state.T,
            })}
          </p>
          <p className="sl-subhead">{say('weights')}</p>
          <Weights parts={k.weights} total={k.params} lang={lang} />
        </section>
        <section className="sl-side" aria-label={say('torch')}>
          <h4>{say('torch')}</h4>
          <pre className="sl-code" data-testid="shapelab-torch-code">
            <code>{t.code}</code>
          </pre>
          <Flow
            items={[
              { label: say('input'), value: tuple(t.input) },
              { label: say('output'), value: tuple(t.output), testId: 'shapelab-torch-output' },
              { label: say('hN'), value: tuple(t.hN), testId: 'shapelab-torch-hn' },
              ...(t.cN ? [{ label: say('cN'), value: tuple(t.cN) }] : []),
            ]}
          />
          <p className="sl-cell">
            {say('torchReads', { order: say(state.bf ? 'orderBatchFirst' : 'orderSeqFirst') })}
          </p>
          <p className="sl-subhead">{say('weights')}</p>
          <Weights parts={t.weights} total={t.params} lang={lang} />
        </section>
      </div>
      {!state.seq && <p className="sl-note">{say('lastStep')}</p>}
      <p className="sl-live" aria-live="polite" data-testid="shapelab-live">
        {say('live', {
          k: tuple(k.output),
          kp: k.params,
          t: tuple(t.output),
          h: tuple(t.hN),
          tp: t.params,
        })}
      </p>
    </Figure>
  );
}

export default function ShapeLab({ id }: { id: string }) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  return <ShapeLabView lang={lang} state={state} setState={setState} />;
}
