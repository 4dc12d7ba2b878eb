/**
 * The frame every live lab shares: title and description, its settings, the run buttons with
 * "Load pretrained" beside them, and one status block (what the run is doing, the engine's
 * messages in the page's language, the lab's result line). The lab fills in the settings, the
 * buttons' test ids and the views under the frame.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../../lesson/lang';
import type { EngineMessage } from '../../engine/types';
import { messageText } from '../TrainingLab/messages';
import type { TrainerRun } from '../TrainingLab/useTrainer';
import { PretrainedPanel } from './PretrainedPanel';
import { FRAME_STRINGS } from './strings';
import type { Pretrained } from './usePretrainedRun';
import '../TrainingLab/TrainingLab.css';

export interface LabStatusProps {
  run: Pick<TrainerRun, 'status' | 'messages' | 'snapshot'>;
  lang: Lang;
  /** The block's test id is `<testId>-status`. */
  testId: string;
  /** One line on what the run is doing (idle, starting, progress); omitted when empty. */
  text?: string;
  /** Result lines under the messages. */
  children?: ReactNode;
}

/** What the run is doing, why it was refused or stopped, and the lab's result lines. */
export function LabStatus({ run, lang, testId, text, children }: LabStatusProps) {
  const t = FRAME_STRINGS[lang];
  const shown: EngineMessage[] = [...run.messages];
  const stop = run.snapshot?.message;
  if (stop && !shown.some((m) => m.code === stop.code)) shown.push(stop);
  return (
    <div aria-live="polite" className="training-lab__status" data-testid={`${testId}-status`}>
      {text && <p>{text}</p>}
      {run.status === 'refused' && (
        <p className="training-lab__message training-lab__message--error" role="alert">
          {t.refused}
        </p>
      )}
      {shown.map((m, i) => (
        <p
          key={i}
          className={`training-lab__message training-lab__message--${m.severity}`}
          role={m.severity === 'error' ? 'alert' : undefined}
        >
          {messageText(m, lang)}
        </p>
      ))}
      {children}
    </div>
  );
}

export interface LabFrameProps {
  id: string;
  lang: Lang;
  /** The section's test id. */
  testId: string;
  title: string;
  description?: string;
  legend: string;
  /** The lab's controls, inside its settings fieldset. */
  settings: ReactNode;
  /** The run buttons (train, pause, steps, reset, and any the lab adds). */
  buttons: ReactNode;
  /** The run; its `viewRef` (when given) learns whether the lab is in view. */
  run: Pick<TrainerRun, 'status' | 'messages' | 'snapshot'> & Partial<Pick<TrainerRun, 'viewRef'>>;
  /** Present when the lab can load a checkpoint; the panel hides itself when none ships. */
  pretrained?: Pretrained;
  /** Prefix of the status block's and pretrained panel's test ids. */
  statusTestId: string;
  statusText?: string;
  /** The lab's result lines, inside the status block. */
  result?: ReactNode;
  /** The lab's views, under the frame. */
  children?: ReactNode;
}

export function LabFrame(props: LabFrameProps) {
  const { id, lang, testId, title, description, legend, settings, buttons, run } = props;
  const training = run.snapshot?.state === 'training';
  return (
    <section
      className="training-lab"
      aria-labelledby={`${id}-title`}
      data-testid={testId}
      ref={run.viewRef}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {description && <p className="muted">{description}</p>}
      <fieldset className="training-lab__settings">
        <legend>{legend}</legend>
        {settings}
      </fieldset>
      {buttons}
      {props.pretrained && (
        <PretrainedPanel
          pretrained={props.pretrained}
          lang={lang}
          testId={props.statusTestId}
          training={training}
        />
      )}
      <LabStatus run={run} lang={lang} testId={props.statusTestId} text={props.statusText}>
        {props.result}
      </LabStatus>
      {props.children}
    </section>
  );
}
