import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * No import cycle under src/, type-only imports included (import-x/no-cycle skips those, and
 * a type-only cycle still ties two files together: neither can move or change alone).
 */

const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');
const OPTIONS: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, allowImportingTsExtensions: true };

/** Every cycle among `files` (one entry per strongly connected group, as file paths). */
function cyclesAmong(files: readonly string[], read: (file: string) => string, exists: (file: string) => boolean): string[][] {
  const host: ts.ModuleResolutionHost = { fileExists: exists, readFile: read };
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(read(file), true, true);
    edges.set(
      file,
      importedFiles
        .map(({ fileName }) => ts.resolveModuleName(fileName, file, OPTIONS, host).resolvedModule?.resolvedFileName)
        .filter((target): target is string => target !== undefined && known.has(target)),
    );
  }
  // Tarjan's strongly connected components: a component of more than one file is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, low.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const group = stack.splice(stack.indexOf(file));
      if (group.length > 1) cycles.push(group);
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('import cycles', () => {
  it('there is none under src/, type-only imports included', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    const cycles = cyclesAmong(files, (file) => readFileSync(file, 'utf8'), (file) => ts.sys.fileExists(file));
    expect(cycles.map((group) => group.map((file) => relative(ROOT, file)))).toEqual([]);
  });

  it('a planted type-only cycle is found', () => {
    const planted: Record<string, string> = {
      '/p/a.ts': "import type { B } from './b';\nexport type A = { b: B };",
      '/p/b.ts': "import type { A } from './a';\nexport type B = { a?: A };",
      '/p/c.ts': "import type { A } from './a';\nexport type C = A;",
    };
    const cycles = cyclesAmong(Object.keys(planted), (file) => planted[file] ?? '', (file) => file in planted);
    expect(cycles.map((group) => [...group].sort())).toEqual([['/p/a.ts', '/p/b.ts']]);
  });
});
