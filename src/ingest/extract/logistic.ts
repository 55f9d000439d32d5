// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares). Written here
// rather than taken from npm: the maintained JavaScript package (ml-logistic-regression) has no regularisation and
// trains by a fixed number of gradient steps, so its weights depend on the step count; the penalised objective
// below is strictly convex, so Newton's method reaches its one minimum and the same data always give the same
// weights. The model is small (tens of features, hundreds of rows): a dense Cholesky solve per step is enough.

export interface LogisticFit {
  /** One weight per column of X. */
  weights: number[];
  intercept: number;
  iterations: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves A x = b for a symmetric positive-definite A (Cholesky). */
function solveSpd(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (sum <= 0) throw new Error('logistic regression: the Hessian is not positive definite');
        l[i]![i] = Math.sqrt(sum);
      } else l[i]![j] = sum / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

/**
 * Minimises Σ log-loss + (lambda / 2)·‖w‖² over weights w and an unpenalised intercept. Rows of `x` are feature
 * vectors (standardise them first so that one lambda treats every feature alike); `y` holds 0 or 1.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], lambda: number): LogisticFit {
  if (x.length !== y.length) throw new Error(`logistic regression: ${x.length} rows but ${y.length} labels`);
  if (!x.length) throw new Error('logistic regression: no training rows');
  if (!(lambda > 0)) throw new Error(`logistic regression: lambda must be > 0 (got ${lambda})`);
  const d = x[0]!.length;
  if (x.some((row) => row.length !== d)) throw new Error('logistic regression: rows of different lengths');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('logistic regression: labels must be 0 or 1');
  // Parameters: index 0 is the intercept, 1..d the weights.
  let beta = new Array<number>(d + 1).fill(0);
  const rows = x.map((row) => [1, ...row]);
  let iterations = 0;
  for (; iterations < 100; iterations++) {
    const gradient = beta.map((b, j) => (j === 0 ? 0 : lambda * b));
    const hessian = beta.map((_, i) => beta.map((__, j) => (i === j && i > 0 ? lambda : 0)));
    rows.forEach((row, r) => {
      const p = sigmoid(row.reduce((s, v, j) => s + v * beta[j]!, 0));
      const w = Math.max(p * (1 - p), 1e-10);
      for (let i = 0; i <= d; i++) {
        gradient[i]! += (p - y[r]!) * row[i]!;
        for (let j = 0; j <= i; j++) hessian[i]![j]! += w * row[i]! * row[j]!;
      }
    });
    for (let i = 0; i <= d; i++) for (let j = i + 1; j <= d; j++) hessian[i]![j] = hessian[j]![i]!;
    const step = solveSpd(hessian, gradient);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) {
      iterations++;
      break;
    }
  }
  return { intercept: beta[0]!, weights: beta.slice(1), iterations };
}
