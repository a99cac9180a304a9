// Writes the JSON Schemas in public/ from the zod schemas: the record
// (src/domain/export/json-schema.ts) and the report of `forkpoint check --format json`
// (src/domain/decision-folder/report-schema.ts).
// Run after changing either format: `node scripts/generate-json-schema.mjs`.
// Tests beside both modules fail while a committed file is stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
try {
  /** @type {{ recordJsonSchema: () => unknown, JSON_SCHEMA_FILE: string }} */
  const record = /** @type {never} */ (await server.ssrLoadModule('/src/domain/export/json-schema.ts'));
  /** @type {{ checkReportJsonSchema: () => unknown, CHECK_REPORT_SCHEMA_FILE: string }} */
  const report = /** @type {never} */ (await server.ssrLoadModule('/src/domain/decision-folder/report-schema.ts'));
  for (const [file, schema] of [
    [record.JSON_SCHEMA_FILE, record.recordJsonSchema()],
    [report.CHECK_REPORT_SCHEMA_FILE, report.checkReportJsonSchema()],
  ]) {
    const target = resolve(import.meta.dirname, '../public', /** @type {string} */ (file));
    writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`wrote ${target}`);
  }
} finally {
  await server.close();
}
