/**
 * A canvas that paints a Scene whenever the scene changes, at the device's pixel ratio. Used for
 * whatever redraws every frame (heatmaps over training, live curves); the numbers stay reachable
 * through the figure's table view and the SVG overlay drawn on top.
 */
import { useEffect, useRef } from 'react';
import { drawScene, type Scene } from './scene';

export interface CanvasSceneProps {
  scene: Scene;
  /** Canvas pixels are decoration: the accessible content is the overlay and the table. */
  className?: string;
}

export function CanvasScene({ scene, className }: CanvasSceneProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
    const w = Math.round(scene.width * dpr);
    const h = Math.round(scene.height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawScene(ctx, scene, getComputedStyle(canvas));
  }, [scene]);
  return <canvas ref={ref} className={className} aria-hidden="true" />;
}
