/*
 * What features may see of src/storage. Features reach storage only through the store
 * (a lint rule); the store's state already carries these shapes (a failure kind, the
 * quarantined rows), and this is the wording and export that go with them.
 */
export type { QuarantinedRow } from '../storage/parse-row';
export { rawToText } from '../storage/parse-row';
export { describeFailure } from '../storage/storage-errors';
