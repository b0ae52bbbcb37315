/**
 * The 95 % intervals of the insights, from the counts and moments the database computed. Each returns null
 * where the figure itself does not exist (no answers), and an interval of null bounds where the figure exists
 * but its interval does not (a mean of one answer).
 */
import type { Estimate } from './types.js';

/** The normal quantile of 0.975: a two-sided 95 % interval. */
const Z_95 = 1.959963984540054;

/** Wilson's score interval for a share `hits / n`, in percent (0–100). */
export function wilsonPercent(hits: number, n: number): Estimate | null {
  if (n === 0) return null;
  const share = hits / n;
  const z2 = Z_95 * Z_95;
  const centre = (share + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (Z_95 / (1 + z2 / n)) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return { value: 100 * share, low: 100 * Math.max(0, centre - halfWidth), high: 100 * Math.min(1, centre + halfWidth) };
}

/**
 * NPS in points (−100…100) with the standard variance formula: NPS = p − d (promoters' and detractors'
 * shares), Var = (p + d − (p − d)²) / n, interval NPS ± z·√Var, kept within −100…100.
 */
export function npsPoints(promoters: number, detractors: number, n: number): Estimate | null {
  if (n === 0) return null;
  const p = promoters / n;
  const d = detractors / n;
  const nps = p - d;
  const halfWidth = Z_95 * Math.sqrt((p + d - nps * nps) / n);
  return { value: 100 * nps, low: 100 * Math.max(-1, nps - halfWidth), high: 100 * Math.min(1, nps + halfWidth) };
}

/** The mean with Student's t-interval, mean ± t(0.975, n − 1)·s/√n; no interval below 2 answers. */
export function meanInterval(mean: number | null, standardDeviation: number | null, n: number): Estimate | null {
  if (n === 0 || mean === null) return null;
  if (n < 2 || standardDeviation === null) return { value: mean, low: null, high: null };
  const halfWidth = (studentT975(n - 1) * standardDeviation) / Math.sqrt(n);
  return { value: mean, low: mean - halfWidth, high: mean + halfWidth };
}

/** t such that P(T ≤ t) = 0.975 for `df` degrees of freedom, by bisection on the distribution function. */
export function studentT975(df: number): number {
  let low = 0;
  let high = 1000; // t(0.975, 1) = 12.7; beyond 1000 only below 1e-6 degrees of freedom
  for (let step = 0; step < 100; step++) {
    const mid = (low + high) / 2;
    if (studentCdf(mid, df) < 0.975) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** P(T ≤ t) for t ≥ 0: 1 − I_x(df/2, 1/2) / 2 with x = df / (df + t²). */
function studentCdf(t: number, df: number): number {
  return 1 - regularizedBeta(df / (df + t * t), df / 2, 0.5) / 2;
}

/** The regularized incomplete beta function I_x(a, b), by its continued fraction (Lentz's method). */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast for x below (a + 1) / (a + b + 2); otherwise use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * betaFraction(1 - x, b, a)) / b;
  return (front * betaFraction(x, a, b)) / a;
}

function betaFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < TINY ? TINY : d);
  let result = d;
  for (let m = 1; m <= 300; m++) {
    for (const numerator of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)),
    ]) {
      d = 1 + numerator * d;
      d = 1 / (Math.abs(d) < TINY ? TINY : d);
      c = 1 + numerator / c;
      if (Math.abs(c) < TINY) c = TINY;
      result *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return result;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms: about 15 significant digits). */
function logGamma(x: number): number {
  const COEFFICIENTS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = COEFFICIENTS[0] as number;
  for (let i = 1; i < COEFFICIENTS.length; i++) sum += (COEFFICIENTS[i] as number) / (shifted + i);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
