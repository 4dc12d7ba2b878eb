/** A vector drawn as a box of unit squares coloured by value; focusable, with its values in its name. */
import { SURFACE } from './constants';
import type { ColourScale } from './scales';

export interface VecProps {
  id: string;
  cx: number;
  cy: number;
  size: number;
  label: string;
  values: number[] | null;
  scale: ColourScale;
  active: boolean;
  stroke: string;
  onActive: (id: string | null) => void;
  description: string;
}

export function VectorNode({
  id,
  cx,
  cy,
  size,
  label,
  values,
  scale,
  active,
  stroke,
  onActive,
  description,
}: VecProps) {
  const n = values?.length ?? 1;
  const cw = (size - 6) / n;
  return (
    <g
      className={`viz-mark${active ? ' is-active' : ''}`}
      tabIndex={0}
      role="img"
      aria-label={description}
      onFocus={() => onActive(id)}
      onBlur={() => onActive(null)}
      onMouseEnter={() => onActive(id)}
      onMouseLeave={() => onActive(null)}
      transform={`translate(${cx - size / 2},${cy - size / 2})`}
    >
      <rect
        className="viz-mark-shape"
        width={size}
        height={size}
        rx={5}
        fill={SURFACE}
        stroke={stroke}
      />
      {values?.map((v, k) => (
        <rect
          key={k}
          x={3 + k * cw}
          y={size * 0.45}
          width={cw}
          height={size * 0.45}
          fill={scale.colour(v)}
        />
      ))}
      <text x={size / 2} y={size * 0.36} textAnchor="middle" fontSize="11">
        {label}
      </text>
    </g>
  );
}
