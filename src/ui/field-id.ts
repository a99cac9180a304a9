/** The DOM id of the control for an error key such as `candidates.0.name`. */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^\w-]/g, '-')}`;
}

/** The DOM id of the message shown under that control. */
export function errorId(key: string): string {
  return `${fieldId(key)}-error`;
}

/** Space-separated ids for aria-describedby, skipping the absent ones; undefined when none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
