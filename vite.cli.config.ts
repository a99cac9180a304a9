import { defineConfig } from 'vite';

/**
 * The command line tool (src/cli) as one ESM file for Node 20.19+, with the
 * domain code and its libraries (zod, yaml) bundled in: `bin/forkpoint.mjs`
 * loads dist-cli/forkpoint.mjs. Node's own modules stay imports.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'forkpoint.mjs', format: 'es', codeSplitting: false } },
  },
  ssr: { noExternal: true, target: 'node' },
});
