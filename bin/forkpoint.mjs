#!/usr/bin/env node
// `npx forkpoint …` runs this. The tool itself is built from src/cli into
// dist-cli/ by `npm install` (the prepare script) or `npm run build:cli`.
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/forkpoint.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('forkpoint: the command line tool is not built yet: run npm run build:cli\n');
  process.exit(2);
}
await import(built.href);
