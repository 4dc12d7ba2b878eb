/**
 * What the simulator shows about an ARMA(p, q) choice, as pure functions: the coefficients in use,
 * the model written out, and the stationarity verdict (from the engine's Schur–Cohn test).
 */
import { acf, isStationary, simulateArma, theoreticalAcf } from '../../engine/baselines';

export interface ArmaChoice {
  p: number;
  q: number;
  phi1: number;
  phi2: number;
  theta1: number;
  theta2: number;
  seed: number;
}

/** Values simulated per run: long enough for a readable ACF, short enough to see each wiggle. */
export const SERIES_LENGTH = 200;
export const MAX_LAG = 20;

export function coefficients(c: ArmaChoice): { phi: number[]; theta: number[] } {
  return {
    phi: [c.phi1, c.phi2].slice(0, Math.max(0, Math.min(2, c.p))),
    theta: [c.theta1, c.theta2].slice(0, Math.max(0, Math.min(2, c.q))),
  };
}

/** 'AR(2)', 'MA(1)', 'ARMA(1,1)'; ARMA(0,0) is white noise, Z(t) = a(t). */
export function modelName(p: number, q: number): string {
  if (p > 0 && q === 0) return `AR(${p})`;
  if (q > 0 && p === 0) return `MA(${q})`;
  return `ARMA(${p},${q})`;
}

const MINUS = '\u2212';

function term(coef: number, symbol: string, first: boolean): string {
  const mag = Math.abs(coef).toFixed(2);
  if (first) return `${coef < 0 ? MINUS : ''}${mag}·${symbol}`;
  return ` ${coef < 0 ? MINUS : '+'} ${mag}·${symbol}`;
}

/** The model written out in the notes' symbols: Z(t) = Φ₁Z(t−1) + … + a(t) + θ₁a(t−1) + …. */
export function formula(phi: readonly number[], theta: readonly number[]): string {
  let s = 'Z(t) = ';
  phi.forEach((f, i) => (s += term(f, `Z(t${MINUS}${i + 1})`, i === 0)));
  s += phi.length ? ' + a(t)' : 'a(t)';
  theta.forEach((th, j) => (s += term(th, `a(t${MINUS}${j + 1})`, false)));
  return s;
}

/**
 * The textbook region for AR(1) and AR(2), written independently of the engine's test so the two
 * can be checked against each other: |φ₁| < 1; φ₁ + φ₂ < 1, φ₂ − φ₁ < 1, |φ₂| < 1.
 */
export function inStationaryTriangle(phi: readonly number[]): boolean {
  if (phi.length === 0) return true;
  if (phi.length === 1) return Math.abs(phi[0]) < 1;
  const [a, b] = phi;
  return a + b < 1 && b - a < 1 && Math.abs(b) < 1;
}

export interface Simulation {
  x: number[];
  shocks: number[];
  stationary: boolean;
  sampleAcf: number[];
  /** Theoretical ACF, only where the process is stationary (otherwise it does not exist). */
  theory: number[] | null;
}

export function simulate(c: ArmaChoice): Simulation {
  const { phi, theta } = coefficients(c);
  const { x, shocks } = simulateArma({ phi, theta }, { n: SERIES_LENGTH, seed: c.seed });
  const stationary = isStationary(phi);
  return {
    x,
    shocks,
    stationary,
    // A series stuck at the ±10⁶ cap has zero variance and an undefined ACF: draw no bars.
    sampleAcf: acf(x, MAX_LAG).map((v, k) => (k === 0 ? 1 : Number.isFinite(v) ? v : 0)),
    theory: stationary ? theoreticalAcf({ phi, theta }, MAX_LAG) : null,
  };
}
