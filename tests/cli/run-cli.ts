import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/forkpoint.mjs');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command line tool as a user would (`npx forkpoint …` runs the same file), in `cwd`. */
export function forkpoint(args: readonly string[], cwd = process.cwd()): CliRun {
  // A report on hundreds of files passes the default 1 MiB of output.
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
