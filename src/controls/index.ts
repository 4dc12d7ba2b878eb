/** Generic controls: no domain knowledge, labels from the caller, lockable and hideable. */
import './controls.css';

export { Slider, type SliderProps } from './Slider';
export { Select, type SelectProps, type SelectOption } from './Select';
export { Toggle, type ToggleProps } from './Toggle';
export {
  PlaybackControls,
  type PlaybackControlsProps,
  type PlaybackLabels,
} from './PlaybackControls';
export { usePlayback, type Playback } from './usePlayback';
export { useFrameThrottle } from './useFrameThrottle';
export type { ControlState } from './types';
