/** Summaries of timing samples (milliseconds). */

/**
 * The q-quantile (0..1) by the nearest-rank method: p95 of 50 samples is the 48th smallest.
 * @param {readonly number[]} samples
 * @param {number} q
 */
export function quantile(samples, q) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return /** @type {number} */ (sorted[rank - 1]);
}

/** @param {readonly number[]} samples */
export const median = (samples) => quantile(samples, 0.5);

/** @param {readonly number[]} samples */
export const p95 = (samples) => quantile(samples, 0.95);

/** @param {number} value */
export const round1 = (value) => Math.round(value * 10) / 10;

/** @param {number} ms */
export const formatMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/** @param {number} bytes */
export const formatKib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
