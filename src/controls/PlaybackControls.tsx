/**
 * Play/pause, step and reset buttons. The play button is a toggle (aria-pressed). While focus is
 * inside the group, K or P plays/pauses, → or . steps and R or Home resets (YouTube-like keys that
 * leave Space and Enter to the focused button).
 */
import type { KeyboardEvent } from 'react';
import type { ControlState } from './types';

export interface PlaybackLabels {
  group: string;
  play: string;
  pause: string;
  step: string;
  reset: string;
}

export interface PlaybackControlsProps extends ControlState {
  labels: PlaybackLabels;
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
  onStep: () => void;
  onReset: () => void;
  /** Disable stepping (at the end of a sequence). */
  atEnd?: boolean;
}

export function PlaybackControls({
  labels,
  playing,
  onPlayingChange,
  onStep,
  onReset,
  atEnd = false,
  locked = false,
  hidden = false,
  lockedReason,
}: PlaybackControlsProps) {
  if (hidden) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (locked || e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key.toLowerCase();
    if (k === 'k' || k === 'p') onPlayingChange(!playing);
    else if ((k === 'arrowright' || k === '.') && !atEnd) onStep();
    else if (k === 'r' || k === 'home') onReset();
    else return;
    e.preventDefault();
  };
  return (
    <div
      role="toolbar"
      aria-label={labels.group}
      className="ctl ctl-playback"
      data-locked={locked || undefined}
      title={locked ? lockedReason : undefined}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        aria-pressed={playing}
        aria-keyshortcuts="K P"
        disabled={locked}
        onClick={() => onPlayingChange(!playing)}
      >
        <span aria-hidden="true">{playing ? '❙❙' : '▶'}</span>{' '}
        {playing ? labels.pause : labels.play}
      </button>
      <button
        type="button"
        aria-keyshortcuts="ArrowRight ."
        disabled={locked || atEnd}
        onClick={onStep}
      >
        <span aria-hidden="true">▶|</span> {labels.step}
      </button>
      <button type="button" aria-keyshortcuts="R Home" disabled={locked} onClick={onReset}>
        <span aria-hidden="true">|◀</span> {labels.reset}
      </button>
    </div>
  );
}
