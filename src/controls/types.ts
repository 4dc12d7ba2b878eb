/** What a lesson may do to any control: lock it at its value, or hide it. */
export interface ControlState {
  /** Shown but not operable (the lesson fixes this setting). */
  locked?: boolean;
  /** Not rendered at all. */
  hidden?: boolean;
  /** Why it is locked, shown as a title. */
  lockedReason?: string;
}
