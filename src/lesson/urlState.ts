/**
 * `useWidgetState(id, schema)`: a widget's settings, read from and written to the URL through the
 * typed codec, so a shared link reopens exactly that experiment. Keys are namespaced by widget id
 * (`act.x=1.5`). Anything in the link that was not used is reported to the page's notice area.
 */
import { useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import {
  isValidState,
  parseState,
  serializeState,
  type Ignored,
  type Schema,
  type StateOf,
} from './codec';
import { currentQuery, replaceQuery, useHash } from './location';
import { LessonStateContext } from './lessonState';

export type { Schema, StateOf, FieldSpec } from './codec';

function queryOf(hash: string): string {
  const q = hash.indexOf('?');
  return q === -1 ? '' : hash.slice(q + 1);
}

export function useWidgetState<S extends Schema>(
  id: string,
  schema: S,
): [StateOf<S>, (patch: Partial<StateOf<S>>) => void] {
  const hash = useHash();
  const query = queryOf(hash);
  const prefix = `${id}.`;
  const { state, ignored } = useMemo(
    () => parseState(schema, query, prefix),
    [schema, query, prefix],
  );
  const lesson = useContext(LessonStateContext);
  const reported = useRef<string>('');

  useEffect(() => {
    lesson.registerWidget(id);
    return () => lesson.unregisterWidget(id);
  }, [lesson, id]);

  useEffect(() => {
    const key = JSON.stringify(ignored);
    if (ignored.length > 0 && key !== reported.current) {
      reported.current = key;
      lesson.reportIgnored(ignored as Ignored[]);
    }
  }, [lesson, ignored]);

  const stateRef = useRef(state);
  stateRef.current = state;
  const setState = useCallback(
    (patch: Partial<StateOf<S>>) => {
      const next = { ...stateRef.current, ...patch };
      if (!isValidState(schema, next)) return;
      const params = new URLSearchParams(currentQuery());
      serializeState(schema, next, prefix, params);
      replaceQuery(params.toString());
    },
    [schema, prefix],
  );
  return [state, setState];
}
