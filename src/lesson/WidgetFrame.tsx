/**
 * The frame around every lesson widget: loads its code lazily, shows a message instead of breaking
 * the lesson when it throws, and offers a way back (reload the widget).
 */
import {
  Component,
  Suspense,
  useContext,
  useEffect,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { LessonStateContext } from './lessonState';
import { useStrings } from './i18n';

interface BoundaryProps {
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches render errors of its children; `reset` remounts them. */
export class ErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    // Kept visible to developers; the user sees the fallback instead of a blank page.
    console.warn('Widget error:', error.message);
  }

  render() {
    if (this.state.error) return this.props.fallback(() => this.setState({ error: null }));
    return this.props.children;
  }
}

export function WidgetFrame({
  name,
  Impl,
  props,
}: {
  name: string;
  Impl: ComponentType<Record<string, unknown>>;
  props: Record<string, unknown>;
}) {
  const t = useStrings();
  const [attempt, setAttempt] = useState(0);
  const lesson = useContext(LessonStateContext);
  const id = typeof props.id === 'string' ? props.id : null;
  // Registered here, before the lazy implementation loads, so the page knows at once which link
  // settings belong to a widget on it.
  useEffect(() => {
    if (!id) return undefined;
    lesson.registerWidget(id);
    return () => lesson.unregisterWidget(id);
  }, [lesson, id]);
  return (
    <div className="widget" data-widget={name}>
      <ErrorBoundary
        key={attempt}
        fallback={() => (
          <div role="alert" className="widget-error">
            <p>{t.widgetFailed}</p>
            <button type="button" onClick={() => setAttempt((a) => a + 1)}>
              {t.retry}
            </button>
          </div>
        )}
      >
        <Suspense fallback={<p className="muted">{t.loading}</p>}>
          <Impl {...props} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
