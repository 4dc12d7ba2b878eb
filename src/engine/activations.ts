/**
 * The three activation functions the course compares for a recurrent cell (sigmoid, tanh, ReLU),
 * their derivatives, and the two experiments of the lesson "The recurrent neuron": multiplying one
 * derivative T times (what back-propagation through T steps does when the pre-activation stays
 * put), and running a one-unit loop h ← φ(w·h). Plain maths, no imports: runs in the page, in a
 * worker and in Node.
 */

/** The activations compared in the lessons. */
export type ActivationName = 'sigmoid' | 'tanh' | 'relu';

/** Every activation, in the order the lessons show them. */
export const ACTIVATIONS: readonly ActivationName[] = ['sigmoid', 'tanh', 'relu'];

/** σ(x) = 1 / (1 + e^(−x)), written so that neither branch overflows for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)). */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/** ReLU(x) = max(0, x). */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/** σ′(x) = σ(x)(1 − σ(x)); its largest value is σ′(0) = 1/4. */
export function sigmoidDerivative(x: number): number {
  const s = sigmoid(x);
  return s * (1 - s);
}

/** tanh′(x) = 1 − tanh²(x); its largest value is tanh′(0) = 1. */
export function tanhDerivative(x: number): number {
  const t = Math.tanh(x);
  return 1 - t * t;
}

/**
 * ReLU′(x): 1 for x ≥ 0, else 0. The kink at 0 has no derivative; the course notes take 1 there
 * (TensorFlow takes 0), which only matters at exactly x = 0.
 */
export function reluDerivative(x: number): number {
  return x >= 0 ? 1 : 0;
}

/** φ(x) for the named activation. */
export function activate(fn: ActivationName, x: number): number {
  switch (fn) {
    case 'sigmoid':
      return sigmoid(x);
    case 'tanh':
      return tanh(x);
    case 'relu':
      return relu(x);
  }
}

/** φ′(x) for the named activation. */
export function derivative(fn: ActivationName, x: number): number {
  switch (fn) {
    case 'sigmoid':
      return sigmoidDerivative(x);
    case 'tanh':
      return tanhDerivative(x);
    case 'relu':
      return reluDerivative(x);
  }
}

/**
 * φ′(x)^T: the factor back-propagation multiplies in when a gradient passes through the same
 * activation T times at the same input x (weights set to 1). May underflow to 0 for large T;
 * use {@link log10DerivativeProduct} to plot it.
 */
export function derivativeProduct(fn: ActivationName, x: number, T: number): number {
  return Math.pow(derivative(fn, x), T);
}

/** log10(φ′(x)^T) = T·log10 φ′(x), without underflow; −Infinity where φ′(x) = 0. */
export function log10DerivativeProduct(fn: ActivationName, x: number, T: number): number {
  const d = derivative(fn, x);
  if (d <= 0) return -Infinity;
  return T * Math.log10(d);
}

/** A run of the one-unit loop h(t) = φ(w·h(t−1)). */
export interface LoopRun {
  /** h(0) … h(T): T + 1 states, h(0) the starting state. */
  states: number[];
  /** ∂h(t)/∂h(0) for t = 0 … T (the first is 1): how a change at the start reaches step t. */
  gradients: number[];
}

/**
 * Runs h(t) = φ(w·h(t−1)) for T steps from h(0) = h0, and carries ∂h(t)/∂h(0) along by the chain
 * rule: each step multiplies it by w·φ′(w·h(t−1)). With ReLU and h0 > 0, w > 1, both grow like w^t;
 * tanh keeps the state inside (−1, 1).
 */
export function recurrentLoop(fn: ActivationName, w: number, h0: number, T: number): LoopRun {
  const states = [h0];
  const gradients = [1];
  let h = h0;
  let g = 1;
  for (let t = 1; t <= T; t++) {
    const z = w * h;
    g *= w * derivative(fn, z);
    h = activate(fn, z);
    states.push(h);
    gradients.push(g);
  }
  return { states, gradients };
}
