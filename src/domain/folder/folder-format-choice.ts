import * as z from 'zod/mini';
import { FileNamingSchema, WriteFormatSchema } from '../adr/write-format';

/**
 * The team's choice for new files in one folder: a layout and a naming, or `detected`
 * for each, which follows the files already there (the default). Kept apart from the
 * detection, which needs the YAML reader: storage reads this schema on the first screen.
 */
export const FolderFormatChoiceSchema = z.object({
  layout: z.union([z.literal('detected'), WriteFormatSchema]),
  naming: z.union([z.literal('detected'), FileNamingSchema]),
});
export type FolderFormatChoice = z.infer<typeof FolderFormatChoiceSchema>;

export const FOLLOW_THE_FOLDER: FolderFormatChoice = { layout: 'detected', naming: 'detected' };
