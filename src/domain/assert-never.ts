/** Marks a switch as exhaustive: adding a variant to the union breaks the build here. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
