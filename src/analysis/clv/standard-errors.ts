/**
 * Standard errors of maximum-likelihood estimates: the square roots of the diagonal of the inverse
 * observed information (the Hessian of the negative log-likelihood at the optimum, by central
 * differences with a step relative to each parameter).
 */
import { Matrix, inverse } from 'ml-matrix';

export function standardErrors(negLogLikelihood: (params: readonly number[]) => number, at: readonly number[]): number[] {
  const n = at.length;
  const h = at.map((v) => Math.max(Math.abs(v), 1e-3) * 1e-4);
  const f = (shift: (i: number) => number) => negLogLikelihood(at.map((v, i) => v + shift(i)));
  const hessian = Matrix.zeros(n, n);
  const f0 = negLogLikelihood(at);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let value: number;
      if (i === j) {
        value = (f((k) => (k === i ? h[i] : 0)) - 2 * f0 + f((k) => (k === i ? -h[i] : 0))) / (h[i] * h[i]);
      } else {
        const pp = f((k) => (k === i ? h[i] : k === j ? h[j] : 0));
        const pm = f((k) => (k === i ? h[i] : k === j ? -h[j] : 0));
        const mp = f((k) => (k === i ? -h[i] : k === j ? h[j] : 0));
        const mm = f((k) => (k === i ? -h[i] : k === j ? -h[j] : 0));
        value = (pp - pm - mp + mm) / (4 * h[i] * h[j]);
      }
      hessian.set(i, j, value);
      hessian.set(j, i, value);
    }
  }
  try {
    const covariance = inverse(hessian);
    return at.map((_, i) => {
      const v = covariance.get(i, i);
      return v > 0 ? Math.sqrt(v) : Number.NaN;
    });
  } catch {
    return at.map(() => Number.NaN);
  }
}
