// Writes public/decision-record.schema.json from the zod schema (src/domain/export/json-schema.ts).
// Run after changing the record format: `node scripts/generate-json-schema.mjs`.
// src/domain/export/json-schema.test.ts fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
try {
  /** @type {{ recordJsonSchema: () => unknown, JSON_SCHEMA_FILE: string }} */
  const mod = /** @type {never} */ (await server.ssrLoadModule('/src/domain/export/json-schema.ts'));
  const target = resolve(import.meta.dirname, '../public', mod.JSON_SCHEMA_FILE);
  writeFileSync(target, `${JSON.stringify(mod.recordJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${target}`);
} finally {
  await server.close();
}
