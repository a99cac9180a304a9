/** The fragment key: `#share=…`. A fragment never reaches a server. Kept apart so the first screen can check for it cheaply. */
export const SHARE_PARAM = 'share';

/** The encoded part of a `#share=` fragment, or null when the fragment is something else. */
export function shareFragment(hash: string): string | null {
  const match = /^#?share=(.*)$/s.exec(hash);
  return match ? (match[1] ?? '') : null;
}
