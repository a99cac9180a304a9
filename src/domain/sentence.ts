/**
 * Typed text as the end of a sentence: trimmed, with a full stop added only when
 * the team did not end it themselves (no "cannot buy them.." in a reason).
 * Empty text stays empty, so callers can fall back to their own words.
 */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /[.!?…]["'”’)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A name in the possessive: "Acme’s", and "Acme Vectors’" for a name ending in s. */
export function possessive(name: string): string {
  return /s$/iu.test(name.trim()) ? `${name}’` : `${name}’s`;
}
