import { stringHashWords } from '../string-hash';

/**
 * A 64-bit fingerprint of a text (two 32-bit multiply-xor lanes, mixed at the end):
 * the data block carries the one of the readable text it was written with, so a read
 * tells an unedited file without writing the text again. Not cryptographic: a match
 * only skips the comparison, which a mismatch still makes in full.
 */
export function textHash(text: string): string {
  const [low, high] = stringHashWords(text);
  return `${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
}
