/** Measures its own width and hands it to a drawing (visx's ParentSize), so drawings stay size-agnostic. */
import { useRef, type ReactNode } from 'react';
import { DEFAULT_WIDTH } from './constants';
import { useSize } from './hooks';

export function Sized({
  children,
  fallback = DEFAULT_WIDTH,
}: {
  children: (width: number) => ReactNode;
  fallback?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref, { width: fallback, height: 0 });
  return (
    <div ref={ref} style={{ width: '100%' }}>
      {children(Math.max(280, width))}
    </div>
  );
}
