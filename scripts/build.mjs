// Bundles the extension (client), the language server, the command-line checker and the editor test suites.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  absWorkingDir: root,
};

const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist' },
  { entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts', schemaWorker: 'server/src/schemaCheck/worker.ts' }, outdir: 'dist' },
];

const editorSuites = 'test/editor/suite';
if (!production && fs.existsSync(path.join(root, editorSuites))) {
  const entries = fs.readdirSync(path.join(root, editorSuites)).filter((f) => f.endsWith('.ts')).map((f) => path.join(editorSuites, f));
  builds.push({ entryPoints: entries, outdir: 'out/test/editor/suite', external: ['vscode', 'mocha'] });
}

await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b, external: b.external ?? common.external })));
