/*
 * The platform globals the domain uses, for tsconfig.domain.json only (no DOM library, no
 * Node types; tsconfig.app.json excludes this file and gets them from the DOM library, the
 * command line tool from Node's types). Each is in every browser the app supports and in
 * Node 20+, so the domain runs in both; only the members the domain calls are declared, so
 * anything more (Blob, URL.createObjectURL, crypto.subtle, performance, document…) fails
 * the domain's type check.
 */

/** Strict UTF-8 decoding of an imported file (export/import-plan.ts). */
declare class TextDecoder {
  constructor(label?: 'utf-8', options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

/** Parsing a link's protocol before it is shown as a link (export/safe-links.ts). */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
}

/** Base64 of a share link's compressed bytes (export/share-link.ts). */
declare function btoa(data: string): string;
declare function atob(data: string): string;

/** Random ids (ids.ts). */
// eslint-disable-next-line no-var -- only a var is a property of globalThis, which ids.ts reads it from
declare var crypto: { randomUUID(): string };
