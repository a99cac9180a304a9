#!/usr/bin/env node
// Checks that a Chromium binary is there for the Playwright tests. It never
// downloads one: this project's machines reach no browser download host.
import { accessSync, constants, statSync } from 'node:fs';

const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';

/** @param {string} path */
function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!isExecutableFile(candidate)) {
  console.error(
    'No Chromium found. Install it with `apt-get install chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chromium/Chrome binary.',
  );
  if (process.env.CHROME_PATH) console.error(`(CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.)`);
  process.exit(1);
}
