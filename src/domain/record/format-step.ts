/** Data as read from storage, a file or a link, before any schema has checked it. */
export type RawObject = Record<string, unknown>;

/**
 * One step of the record format: how data written under the version before
 * becomes this version. Steps run on raw data before the schema checks it, so
 * they must accept anything (leave what they do not understand to the schema)
 * and be pure. See src/domain/README.md, "Changing the record format".
 */
export interface FormatStep {
  readonly description: string;
  /** Applied to every session a record, a draft or a share link carries. */
  readonly session?: (session: RawObject) => RawObject;
  /** Applied to the record itself (drafts and share links have none), after its sessions. */
  readonly record?: (record: RawObject) => RawObject;
  /** Applied to a draft itself (its work context), after its session. */
  readonly draft?: (draft: RawObject) => RawObject;
}
