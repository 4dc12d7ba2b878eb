/**
 * "Show as code": the lab's run as a Keras or PyTorch script in a <pre>, with a switch between the
 * two and a copy button. The script is a pure function of the props (see keras.ts, pytorch.ts).
 */
import { useMemo, useState } from 'react';
import type { ModelConfig, TrainConfig } from '../../engine/types';
import type { Lang } from '../../lesson/lang';
import type { DataDescription } from '../types';
import type { Framework } from './common';
import { kerasScript } from './keras';
import { pytorchScript } from './pytorch';
import { CODE_STRINGS, fill } from './strings';
import './CodePanel.css';

export interface CodePanelProps {
  lang: Lang;
  model: ModelConfig;
  train: TrainConfig;
  data: DataDescription;
}

const FRAMEWORKS: Framework[] = ['keras', 'pytorch'];

export function CodePanel({ lang, model, train, data }: CodePanelProps) {
  const t = CODE_STRINGS[lang];
  const [framework, setFramework] = useState<Framework>('keras');
  const [status, setStatus] = useState('');
  const code = useMemo(
    () =>
      framework === 'keras'
        ? kerasScript({ model, train, data })
        : pytorchScript({ model, train, data }),
    [framework, model, train, data],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };

  return (
    <section className="code-panel" aria-labelledby="code-panel-title">
      <h3 id="code-panel-title">{t.title}</h3>
      <p className="code-panel__intro">{t.intro}</p>
      <div className="code-panel__bar">
        <div role="group" aria-label={t.framework} className="code-panel__switch">
          {FRAMEWORKS.map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={framework === f}
              onClick={() => {
                setFramework(f);
                setStatus('');
              }}
            >
              {t[f]}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => void copy()}>
          {t.copy}
        </button>
        <span role="status" className="code-panel__status">
          {status}
        </span>
      </div>
      <pre
        className="code-panel__code"
        data-testid="code-panel-code"
        tabIndex={0}
        aria-label={fill(lang, 'codeLabel', {
          framework: t[framework],
          lines: code.split('\n').length - 1,
        })}
      >
        <code lang="en" className="language-python">
          {code}
        </code>
      </pre>
    </section>
  );
}
