import { resolve } from 'node:path';
import { build } from 'vite';

/** The tests run the tool as shipped: build it once from the current sources first. */
export default async function setup(): Promise<void> {
  await build({ configFile: resolve(import.meta.dirname, '../../vite.cli.config.ts'), logLevel: 'error' });
}
