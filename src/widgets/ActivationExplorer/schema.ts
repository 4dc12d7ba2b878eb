/** The explorer's settings, kept in the URL through the lesson's codec. */
import { ACTIVATIONS } from '../../engine/activations';
import type { Lang } from '../../lesson/lang';
import type { StateOf } from '../../lesson/urlState';
import { X_MAX, X_MIN } from './series';

/** Input x, highlighted function, steps T, recurrent weight w. */
export const SCHEMA = {
  x: { type: 'number', min: X_MIN, max: X_MAX, default: 1 },
  fn: { type: 'enum', values: ACTIVATIONS, default: 'tanh' },
  T: { type: 'int', min: 1, max: 100, default: 20 },
  w: { type: 'number', min: 0, max: 2, default: 1.5 },
} as const;

export type ExplorerState = StateOf<typeof SCHEMA>;

/** What each of the explorer's figures receives. */
export interface ExplorerFigureProps {
  lang: Lang;
  state: ExplorerState;
  setState: (patch: Partial<ExplorerState>) => void;
  /** Start in table view (server rendering and tests). */
  initialTable?: boolean;
}
