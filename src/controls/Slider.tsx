/**
 * A labelled range input with its value on show, optional log scale and units. Dragging updates the
 * shown value at once and reports to `onChange` at most once a frame; arrow keys step one
 * position, PageUp/PageDown ten (native range behaviour).
 */
import { useId, useState } from 'react';
import { positionCount, positionOf, valueAt, type SliderScale } from './sliderScale';
import { useFrameThrottle } from './useFrameThrottle';
import type { ControlState } from './types';

export interface SliderProps extends SliderScale, ControlState {
  label: string;
  value: number;
  onChange: (value: number) => void;
  units?: string;
  /** How the value is written; default: up to 3 significant digits. */
  format?: (value: number) => string;
}

const defaultFormat = (v: number) => String(Number(v.toPrecision(3)));

export function Slider({
  label,
  value,
  onChange,
  units,
  format = defaultFormat,
  locked = false,
  hidden = false,
  lockedReason,
  ...scale
}: SliderProps) {
  const id = useId();
  const [dragValue, setDragValue] = useState<number | null>(null);
  const { call, flush } = useFrameThrottle(onChange);
  if (hidden) return null;
  const shown = dragValue ?? value;
  const text = `${format(shown)}${units ? ` ${units}` : ''}`;
  const end = () => {
    flush();
    setDragValue(null);
  };
  return (
    <div className="ctl ctl-slider" data-locked={locked || undefined}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={positionCount(scale)}
        step={1}
        value={positionOf(scale, shown)}
        disabled={locked}
        aria-valuetext={text}
        title={locked ? lockedReason : undefined}
        onChange={(e) => {
          const v = valueAt(scale, Number(e.currentTarget.value));
          setDragValue(v);
          call(v);
        }}
        onPointerUp={end}
        onKeyUp={end}
        onBlur={end}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
}
