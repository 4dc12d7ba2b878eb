/**
 * What a lesson widget declares about itself, so lessons can be checked against it: its name, what
 * it does, and each prop with its type and an example. Plain data: the content check reads it in
 * Node without rendering anything.
 */

export type PropType = 'string' | 'number' | 'boolean' | 'enum' | 'string[]' | 'number[]';

export interface PropSpec {
  name: string;
  type: PropType;
  /** Allowed values for `enum`. */
  values?: readonly string[];
  /** Inclusive range for `number`. */
  min?: number;
  max?: number;
  required?: boolean;
  example: unknown;
  description: string;
}

export interface WidgetSpec {
  name: string;
  description: string;
  props: readonly PropSpec[];
}
