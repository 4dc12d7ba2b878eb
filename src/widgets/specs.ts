/** Every lesson widget's spec, as plain data (read by the page and by the content check). */
import type { WidgetSpec } from '../lesson/widgetSpec';
import { activationExplorerSpec } from './ActivationExplorer/spec';
import { checkQuestionSpec } from './CheckQuestion/spec';

export const WIDGET_SPECS: readonly WidgetSpec[] = [activationExplorerSpec, checkQuestionSpec];
