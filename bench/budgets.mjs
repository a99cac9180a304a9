/** The budgets each figure is held to; README "Benchmarks and budgets" says why. */
import { JS_GZIP_BUDGET_KIB } from '../scripts/check-budget.mjs';

export const BUDGETS = {
  firstLoadJsGzipKib: JS_GZIP_BUDGET_KIB,
  lighthouse: { performance: 0.9, accessibility: 1, bestPractices: 0.9 },
  /** One frame at 60 Hz. */
  answerToMapP95Ms: 1000 / 60,
  firstRowsMs: { 100: 1000, 10000: 2000 },
  /** A response feels instant under 100 ms. */
  keystrokeP95Ms: 100,
  saveMs: 100,
  /** Saving one record must not grow with the library. */
  saveRatio: 2,
  exportMs: 5000,
  importMs: 5000,
  /** `forkpoint check` over 1,000 files, start-up included: fast enough for every pull request. */
  cliCheckMs: 1000,
};
