/**
 * What the lesson page learns from its widgets: which widget ids are on the page (so settings in
 * the link for no widget can be reported) and which values from the link were ignored.
 */
import { createContext } from 'react';
import type { Ignored } from './codec';

export interface LessonState {
  registerWidget(id: string): void;
  unregisterWidget(id: string): void;
  reportIgnored(items: Ignored[]): void;
}

export const LessonStateContext = createContext<LessonState>({
  registerWidget: () => undefined,
  unregisterWidget: () => undefined,
  reportIgnored: () => undefined,
});
