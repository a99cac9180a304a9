import { err, ok, type Result } from '../result';

/** What is wrong with an imported file, and where: a JSON path (`$.revisions[0]…`) or a Markdown line. */
export interface ImportProblem {
  readonly file: string;
  readonly where: string;
  readonly message: string;
}

export type Parsed<T> = Result<T, readonly ImportProblem[]>;

export const parsedOk = <T>(value: T): Parsed<T> => ok(value);
export const parsedFail = <T>(...problems: ImportProblem[]): Parsed<T> => err(problems);

/** `$.revisions[0].session` from a zod or walk path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${acc}.${String(key)}` : `${acc}[${JSON.stringify(String(key))}]`),
    '$',
  );
}
