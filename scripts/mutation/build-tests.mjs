// Stryker's build command for `npm run mutation`: bundles each test file with esbuild (sources included, packages
// left to node_modules) into `<name>.test.mut.cjs` beside it, inside Stryker's sandbox, where the sources are
// already instrumented. The tap runner then starts plain `node` per test file and mutant instead of node plus tsx
// (bundle-entry.cjs swaps the `.ts` entry for its bundle):
// measured on this machine, a small test file takes 0.10 s that way against 0.33 s through tsx (whose loader hook
// and per-module transform dominate short files). Beside the original so that the tests' own __dirname still
// finds their fixtures; and every other bundled module's __dirname is replaced by its own folder (a helper such as
// test/support/fixtures.ts finds the corpus from where it is, not from where the bundle is). Usage: node scripts/mutation/build-tests.mjs <test file>...
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { bundleName } from './folders.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('build-tests: no test files given');
  process.exit(2);
}
/** esbuild plugin: each TypeScript module's __dirname / __filename stay its own, as under tsx. */
const ownDirname = {
  name: 'own-dirname',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.readFile(args.path, 'utf8');
      if (!/\b__(dirname|filename)\b/.test(text)) return undefined;
      return {
        contents: text
          .replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path)))
          .replace(/\b__filename\b/g, JSON.stringify(args.path)),
        loader: 'ts',
      };
    });
  },
};

const result = await build({
  plugins: [ownDirname],
  entryPoints: files.map((file) => ({ in: file, out: bundleName(file).replace(/\.cjs$/, '') })),
  outdir: '.',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
// import.meta is empty in a CommonJS bundle: code that needs it (the moto launcher) would fail in odd ways.
const metaWarnings = result.warnings.filter((w) => w.id === 'empty-import-meta');
if (metaWarnings.length > 0) {
  console.error(
    `build-tests: import.meta used by ${metaWarnings.map((w) => w.location?.file).join(', ')}; leave those tests out`,
  );
  process.exit(1);
}
