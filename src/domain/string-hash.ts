/**
 * cyrb53's two 32-bit multiply-xor lanes over a string, mixed at the end (public
 * domain), as unsigned words. Fast and well spread, not cryptographic: used where
 * texts only need telling apart (repaired ids, the readable text's fingerprint).
 * Changing it changes ids already repaired and fingerprints already written.
 */
export function stringHashWords(text: string): readonly [low: number, high: number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
