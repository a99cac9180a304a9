// The shape of an ADR written by another tool, as src/domain/adr's readAdr returns it (helper "adr",
// landing alongside). Types only: when that module lands, these give way to its own types.

export interface AdrMeta {
  readonly number?: number;
  readonly title: string;
  readonly status?: string;
  readonly date?: string;
  readonly revisitBy?: string;
  readonly decisionMakers: readonly string[];
  readonly consulted: readonly string[];
  readonly informed: readonly string[];
  readonly tags: readonly string[];
  readonly supersedes: readonly string[];
  readonly supersededBy: readonly string[];
}

export interface AdrFile {
  readonly format: string;
  readonly meta: AdrMeta;
  readonly body: string;
}
