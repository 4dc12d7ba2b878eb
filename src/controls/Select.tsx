/** A labelled native select: keyboard and screen readers work as the platform intends. */
import { useId } from 'react';
import type { ControlState } from './types';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectProps<V extends string> extends ControlState {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
}

export function Select<V extends string>({
  label,
  value,
  options,
  onChange,
  locked = false,
  hidden = false,
  lockedReason,
}: SelectProps<V>) {
  const id = useId();
  if (hidden) return null;
  return (
    <div className="ctl ctl-select" data-locked={locked || undefined}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={locked}
        title={locked ? lockedReason : undefined}
        onChange={(e) => {
          const v = options.find((o) => o.value === e.currentTarget.value);
          if (v) onChange(v.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
