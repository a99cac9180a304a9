/**
 * The outcome of something that can fail in an expected way: either a value or an
 * error the caller must handle. One shape for the whole code base, so every caller
 * checks `result.ok` and reads `result.value` or `result.error`.
 */
export type Result<T, E> = Ok<T> | Err<E>;
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

export function ok(): Ok<undefined>;
export function ok<T>(value: T): Ok<T>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

export const err = <E>(error: E): Err<E> => ({ ok: false, error });
