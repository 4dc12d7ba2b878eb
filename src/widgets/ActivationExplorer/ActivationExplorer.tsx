import { useLang } from '../../lesson/i18n';
import { useWidgetState } from '../../lesson/urlState';
import { CurvesFigure } from './CurvesFigure';
import { ProductsFigure } from './ProductsFigure';
import { SCHEMA, type ExplorerFigureProps } from './schema';
import './ActivationExplorer.css';

export { SCHEMA, type ExplorerState } from './schema';

/** The explorer as a pure function of its settings; the default export binds them to the URL. */
export function ActivationExplorerView(props: ExplorerFigureProps) {
  return (
    <div className="act-explorer">
      <CurvesFigure {...props} />
      <ProductsFigure {...props} />
    </div>
  );
}

export interface ActivationExplorerProps {
  id: string;
}

/** Sigmoid, tanh and ReLU with their derivatives, and what multiplying derivatives does (spec.ts). */
export default function ActivationExplorer({ id }: ActivationExplorerProps) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  return <ActivationExplorerView lang={lang} state={state} setState={setState} />;
}
