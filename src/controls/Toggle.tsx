/** An on/off switch: a button with role="switch" and aria-checked, operable with Space and Enter. */
import type { ControlState } from './types';

export interface ToggleProps extends ControlState {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle({
  label,
  checked,
  onChange,
  locked = false,
  hidden = false,
  lockedReason,
}: ToggleProps) {
  if (hidden) return null;
  return (
    <button
      type="button"
      role="switch"
      className="ctl ctl-toggle"
      aria-checked={checked}
      disabled={locked}
      title={locked ? lockedReason : undefined}
      onClick={() => onChange(!checked)}
    >
      <span className="ctl-toggle-track" aria-hidden="true">
        <span className="ctl-toggle-thumb" />
      </span>
      {label}
    </button>
  );
}
