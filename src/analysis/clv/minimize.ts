/**
 * Nelder–Mead simplex minimisation, deterministic: a fixed initial simplex around the start, the
 * standard coefficients, and restarts from the best point until a restart no longer improves it
 * (a collapsed simplex is the method's known failure; restarting is the usual remedy).
 */
export interface MinimizeOptions {
  /** Initial step along each axis. */
  step?: number;
  maxIterations?: number;
  /** Stop when the simplex's values differ by less than this. */
  tolerance?: number;
  maxRestarts?: number;
}

export interface Minimum {
  x: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

const DEFAULTS = { step: 0.5, maxIterations: 5_000, tolerance: 1e-12, maxRestarts: 8 } satisfies Required<MinimizeOptions>;

export function minimize(f: (x: readonly number[]) => number, start: readonly number[], options: MinimizeOptions = {}): Minimum {
  const o = { ...DEFAULTS, ...options };
  let best = simplexRun(f, [...start], o.step, o.maxIterations, o.tolerance);
  let iterations = best.iterations;
  for (let r = 0; r < o.maxRestarts; r++) {
    const again = simplexRun(f, best.x, o.step / 4, o.maxIterations, o.tolerance);
    iterations += again.iterations;
    const improved = best.value - again.value > o.tolerance * Math.max(1, Math.abs(best.value));
    if (again.value < best.value) best = again;
    if (!improved) return { ...best, iterations, converged: true };
  }
  return { ...best, iterations, converged: false };
}

function simplexRun(f: (x: readonly number[]) => number, start: number[], step: number, maxIterations: number, tolerance: number): Minimum {
  const n = start.length;
  const value = (x: number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let points: number[][] = [start, ...start.map((_, i) => start.map((s, j) => (i === j ? s + step : s)))];
  let values = points.map(value);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    points = order.map((i) => points[i]);
    values = order.map((i) => values[i]);
    if (Math.abs(values[n] - values[0]) <= tolerance * Math.max(1, Math.abs(values[0]))) break;
    const centroid = Array.from({ length: n }, (_, j) => points.slice(0, n).reduce((s, p) => s + p[j], 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (points[n][j] - c));
    const reflected = along(-1);
    const fr = value(reflected);
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = value(expanded);
      [points[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      const contracted = fr < values[n] ? along(-0.5) : along(0.5);
      const fc = value(contracted);
      if (fc < Math.min(fr, values[n])) {
        [points[n], values[n]] = [contracted, fc];
      } else {
        for (let i = 1; i <= n; i++) {
          points[i] = points[i].map((x, j) => points[0][j] + 0.5 * (x - points[0][j]));
          values[i] = value(points[i]);
        }
      }
    }
  }
  const bestIndex = values.indexOf(Math.min(...values));
  return { x: points[bestIndex], value: values[bestIndex], iterations, converged: iterations < maxIterations };
}
