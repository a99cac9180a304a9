/** The CRC-32 every zip entry carries (IEEE 802.3, as APPNOTE.TXT 4.4.7 specifies). fflate computes it but does not export it. */
const TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** Continues a CRC-32 over `bytes` (start with 0), so an entry can be checked chunk by chunk as it inflates. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = ~previous;
  // An indexed loop over a typed table: several times faster than for…of on megabytes.
  for (let i = 0; i < bytes.length; i += 1) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
