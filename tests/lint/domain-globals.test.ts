import { dirname, join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * tsconfig.domain.json checks src/domain without the DOM library or Node types. Here a planted
 * domain file, never written to disk, is compiled with that config's options and the domain's
 * declared globals (src/domain/platform-globals.d.ts): what the browser or Node alone has must
 * not compile, the few globals both have and the domain uses must.
 */

const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');
const PROBE = join(ROOT, 'src/domain/probe.ts');

let options: ts.CompilerOptions;
/** Library and declaration files, parsed once for all the cases. */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();
beforeAll(() => {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.domain.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.domain.json could not be read');
  options = parsed.options;
});

/** The type errors of one domain file holding `code`. */
function errorsOf(code: string): string[] {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (file === PROBE ? code : readFile(file));
  host.fileExists = (file) => file === PROBE || ts.sys.fileExists(file);
  host.getSourceFile = (file, language) => {
    if (file === PROBE) return ts.createSourceFile(file, code, language);
    if (!parsedFiles.has(file)) parsedFiles.set(file, getSourceFile(file, language));
    return parsedFiles.get(file);
  };
  const program = ts.createProgram([PROBE, join(ROOT, 'src/domain/platform-globals.d.ts')], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe("the domain's type check", () => {
  it.each([
    ['Blob', 'export const size = (text: string) => new Blob([text]).size;', /Blob/],
    ['URL.createObjectURL', 'export const link = (data: never) => URL.createObjectURL(data);', /createObjectURL/],
    ['crypto.subtle', "export const hash = (bytes: Uint8Array) => crypto.subtle.digest('SHA-256', bytes);", /subtle/],
    ['performance', 'export const now = () => performance.now();', /performance/],
    ['document', 'export const title = () => document.title;', /document/],
    ['process (Node)', 'export const cwd = () => process.cwd();', /process/],
  ])('refuses %s', (_name, code, error) => {
    expect(errorsOf(code)).toEqual([expect.stringMatching(error)]);
  });

  it('accepts the globals both platforms have and the domain uses', () => {
    const code = [
      "export const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);",
      "export const protocol = (raw: string) => new URL(raw).protocol;",
      "export const base64 = (binary: string) => atob(btoa(binary));",
      'export const id = () => globalThis.crypto.randomUUID();',
    ].join('\n');
    expect(errorsOf(code)).toEqual([]);
  });
});
