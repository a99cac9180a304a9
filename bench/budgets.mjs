/** The budgets each figure is held to; README "Benchmarks and budgets" says why. */
import { JS_GZIP_BUDGET_KIB } from '../scripts/check-budget.mjs';

export const BUDGETS = {
  firstLoadJsGzipKib: JS_GZIP_BUDGET_KIB,
  lighthouse: { performance: 0.98, accessibility: 1, bestPractices: 1 },
  /** One frame at 60 Hz. */
  answerToMapP95Ms: 1000 / 60,
  /** Of the 50 measured answers, how many must light their edge within one frame. */
  answerToMapWithinFrame: 45,
  /** 15 candidates × 60 requirements: a coverage change or a keystroke leaves the frame most of its 16.7 ms. */
  largeDecisionScriptP95Ms: 16,
  firstRowsMs: { 100: 1000, 10000: 2000 },
  /** Well inside the 100 ms in which a response feels instant, at any library size. */
  keystrokeP95Ms: 50,
  /** Time to first rows at 10,000 records ÷ at 100: the list must not grow with the library (a ratio, so the machine's speed cancels out). */
  firstRowsRatio: 1.5,
  saveMs: 100,
  /** Saving one record must not grow with the library. */
  saveRatio: 2,
  exportMs: 5000,
  importMs: 5000,
  /** `forkpoint check` over 1,000 files, start-up included: fast enough for every pull request. */
  cliCheckMs: 1000,
  /** Opening a 1,000-file decisions folder shows its first rows after the first batch of files is parsed. */
  folderFirstRowsMs: 2000,
  /** …and reads and parses every file once. */
  folderOpenMs: 5000,
  /** An unchanged rescan compares sizes and dates only: quick enough to run on every focus. */
  folderRescanMs: 200,
};
