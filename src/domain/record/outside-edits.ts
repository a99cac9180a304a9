import * as z from 'zod/mini';

/** The metadata people edit in a file's front matter (or list) besides the status. */
export const PEOPLE_ROLES = ['decision-makers', 'consulted', 'informed'] as const;
export type PeopleRole = (typeof PEOPLE_ROLES)[number];

/**
 * One edit the team made in the file outside Forkpoint (a pull request), applied
 * to the record as a dated change. A status edit goes to `statusHistory` instead,
 * noted "from the file", so each fact has one place.
 */
export const FileEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), at: z.iso.datetime(), date: z.iso.date() }),
  z.object({ kind: z.literal('people'), at: z.iso.datetime(), role: z.enum(PEOPLE_ROLES), names: z.array(z.string()) }),
  z.object({ kind: z.literal('tags'), at: z.iso.datetime(), tags: z.array(z.string()) }),
  /** The readable text of `revision` was edited; the text is in `outsideEdits`. */
  z.object({ kind: z.literal('text'), at: z.iso.datetime(), revision: z.number().check(z.int(), z.gte(1)) }),
]);
export type FileEdit = z.infer<typeof FileEditSchema>;

/**
 * The readable text of one revision as the team edited it outside Forkpoint, kept
 * beside `base`, the text Forkpoint had written for that revision: what a reader
 * compares to see the edit. While it stands, the file is written with `text`.
 */
export const OutsideEditSchema = z.object({
  revision: z.number().check(z.int(), z.gte(1)),
  at: z.iso.datetime(),
  base: z.string(),
  text: z.string(),
});
export type OutsideEdit = z.infer<typeof OutsideEditSchema>;
