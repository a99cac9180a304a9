/** Markers of our Markdown export, shared by the writer and the reader. */
export const FRONT_MATTER_FENCE = '---';
/** The front matter key that holds Forkpoint's own fields. */
export const NAMESPACE = 'forkpoint';
/** The hidden block at the end of the file that holds the whole record, so import is lossless. */
export const DATA_BLOCK_START = '<!-- forkpoint-record';
export const DATA_BLOCK_END = '-->';
