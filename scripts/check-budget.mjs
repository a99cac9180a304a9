#!/usr/bin/env node
// First-load size budget. Run after `vite build` (build.manifest is on):
// first-load JS is the entry chunk plus everything it imports statically,
// transitively (dynamic imports load on demand and are not counted).
// Fails if that JS is over the gzip budget. `npm run bench` imports
// measureFirstLoad() to report the same figures.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const JS_GZIP_BUDGET_KIB = 120;

/**
 * @typedef {{ file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }} Chunk
 * @typedef {Record<string, Chunk>} Manifest
 * @typedef {{ count: number; raw: number; gzip: number; brotli: number }} Sizes bytes, summed over the files
 * @typedef {{ js: Sizes; css: Sizes }} FirstLoad
 */

/**
 * First-load JS and CSS of a build: the entry chunks and their static imports,
 * transitively, with their raw, gzip -9 and brotli (max quality) sizes in bytes.
 * @param {string} dist the build's output directory
 * @returns {FirstLoad}
 */
export function measureFirstLoad(dist = 'dist') {
  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const manifest = /** @type {Manifest} */ (parsed);

  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error(`check-budget: no entry chunk in ${dist}/.vite/manifest.json`);

  /** Keys of the entry chunks and their static imports, transitively. */
  /** @type {Set<string>} */
  const firstLoad = new Set();
  /** @param {string} key */
  function visit(key) {
    if (firstLoad.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`check-budget: manifest has no chunk ${key}`);
    firstLoad.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  }
  for (const [key] of entries) visit(key);

  /** @type {Set<string>} */
  const jsFiles = new Set();
  /** @type {Set<string>} */
  const cssFiles = new Set();
  for (const key of firstLoad) {
    const chunk = /** @type {Chunk} */ (manifest[key]);
    if (chunk.file.endsWith('.js')) jsFiles.add(chunk.file);
    else if (chunk.file.endsWith('.css')) cssFiles.add(chunk.file);
    for (const css of chunk.css ?? []) cssFiles.add(css);
  }

  /**
   * @param {Iterable<string>} files
   * @returns {Sizes}
   */
  function measure(files) {
    let raw = 0;
    let gzip = 0;
    let brotli = 0;
    let count = 0;
    for (const file of files) {
      const bytes = readFileSync(join(dist, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
      brotli += brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
      }).length;
      count += 1;
    }
    return { count, raw, gzip, brotli };
  }

  return { js: measure(jsFiles), css: measure(cssFiles) };
}

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function main() {
  /** @type {FirstLoad} */
  let sizes;
  try {
    sizes = measureFirstLoad('dist');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const { js, css } = sizes;
  const header = ['first load', 'files', 'raw', 'gzip -9', 'brotli'];
  const rows = [
    header,
    ['JS', String(js.count), kib(js.raw), kib(js.gzip), kib(js.brotli)],
    ['CSS', String(css.count), kib(css.raw), kib(css.gzip), kib(css.brotli)],
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  for (const row of rows) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '));
  }

  if (js.gzip > JS_GZIP_BUDGET_KIB * 1024) {
    console.error(
      `check-budget: first-load JS is ${kib(js.gzip)} gzip, over the ${JS_GZIP_BUDGET_KIB} KiB budget. ` +
        'Load what the first screen does not need with import().',
    );
    process.exit(1);
  }
  console.log(`check-budget: first-load JS ${kib(js.gzip)} gzip, within ${JS_GZIP_BUDGET_KIB} KiB.`);
}

// Run as a script (npm run build); imported (npm run bench), it only exports.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
