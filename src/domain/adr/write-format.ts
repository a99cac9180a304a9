import * as z from 'zod/mini';

// The layouts and namings alone, without the rest of adr-file: storage reads a folder's chosen format on the first screen.

/**
 * The layouts Forkpoint reads. Backstage's ADR plugin reads MADR, so a
 * "Backstage-style" file is a `madr` (front matter) or `madr-2` (status list) file.
 */
export const ADR_FORMATS = ['madr', 'madr-2', 'log4brains', 'adr-tools'] as const;
export type AdrFormat = (typeof ADR_FORMATS)[number];

/** The layouts Forkpoint writes (MADR 4 by default). */
export const WRITE_FORMATS = ['madr', 'log4brains', 'adr-tools'] as const;
export const WriteFormatSchema = z.enum(WRITE_FORMATS);
export type WriteFormat = z.infer<typeof WriteFormatSchema>;

/** The layout a file is rewritten in: a MADR 2 status list becomes MADR 4. */
export const writtenAs = (format: AdrFormat): WriteFormat => (format === 'madr-2' ? 'madr' : format);

/** How a folder names its files: MADR and adr-tools `0007-title.md`, log4brains `20261203-title.md`. */
export const FileNamingSchema = z.enum(['NNNN', 'YYYYMMDD']);
export type FileNameConvention = z.infer<typeof FileNamingSchema>;
