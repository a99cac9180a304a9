import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { version } from '../../package.json';
import { calendarDay } from '../domain/calendar-day';
import { assertNever } from '../domain/assert-never';
import { checkFolder, type FolderReport } from '../domain/decision-folder/check-folder';
import { indexBlock, updateIndex } from '../domain/decision-folder/index-block';
import { parseCommand, UsageError, type Command } from './args';
import { HELP } from './help';
import { jsonReport } from './json-report';
import { checkFiles, serveChecks } from './check-files';
import { listDecisionFiles } from './read-folder';
import { textReport } from './text-report';

/** Exit statuses: the interface CI scripts rely on. */
const EXIT = { ok: 0, found: 1, usage: 2 } as const;

/** An I/O failure, said in one line on stderr with exit status 2. */
class IoError extends Error {}

async function checkedFolder(dir: string, today: string | null): Promise<FolderReport> {
  let listed;
  try {
    listed = await listDecisionFiles(dir);
  } catch (error) {
    throw new IoError(`cannot read the folder ${dir}: ${reason(error)}`);
  }
  return checkFolder(await checkFiles(listed), today ?? calendarDay());
}

async function run(command: Command): Promise<number> {
  switch (command.name) {
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    case 'version':
      process.stdout.write(`${version}\n`);
      return EXIT.ok;
    case 'check': {
      const report = await checkedFolder(command.dir, command.today);
      process.stdout.write(`${command.format === 'json' ? jsonReport(report, command.dir) : textReport(report)}\n`);
      return command.failOn.some((kind) => report.counts[kind] > 0) ? EXIT.found : EXIT.ok;
    }
    case 'index': {
      const report = await checkedFolder(command.dir, command.today);
      const target = join(command.dir, 'README.md');
      const update = updateIndex(await readIfThere(target), indexBlock(report));
      if (!update.ok) throw new IoError(`${target}: ${update.message}`);
      if (command.check) {
        process.stdout.write(update.changed ? `${target}: the index is out of date; run: forkpoint index ${command.dir}\n` : `${target}: the index is up to date.\n`);
        return update.changed ? EXIT.found : EXIT.ok;
      }
      if (update.changed) {
        try {
          await writeFile(target, update.text, 'utf8');
        } catch (error) {
          throw new IoError(`cannot write ${target}: ${reason(error)}`);
        }
      }
      process.stdout.write(update.changed ? `${target}: index written (${report.rows.length} files).\n` : `${target}: the index is up to date.\n`);
      return EXIT.ok;
    }
    default:
      return assertNever(command, 'command');
  }
}

async function readIfThere(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw new IoError(`cannot read ${path}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  try {
    process.exitCode = await run(parseCommand(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof UsageError) process.stderr.write(`forkpoint: ${error.message} (see forkpoint --help)\n`);
    else if (error instanceof IoError) process.stderr.write(`forkpoint: ${error.message}\n`);
    else process.stderr.write(`forkpoint: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.usage;
  }
}

// The same file runs in the worker threads that share a large folder's files (check-files.ts).
if (isMainThread) await main();
else serveChecks();
