/**
 * Every lesson widget's spec, discovered by convention: a folder `src/widgets/<Name>/` with
 * `spec.ts` (exporting a `WidgetSpec`) and `<Name>.tsx` (default export, the component). Adding a
 * widget is adding a folder; nothing else to edit.
 */
import type { WidgetSpec } from '../lesson/widgetSpec';
import { specsFromModules } from './discover';

const modules = import.meta.glob<Record<string, unknown>>('./*/spec.ts', { eager: true });

export const WIDGET_SPECS: readonly WidgetSpec[] = specsFromModules(modules);
