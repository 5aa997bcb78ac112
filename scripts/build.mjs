// Bundles the extension (client), the language server, the command-line checker and the editor test suites.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

// The AWS SDK goes into a bundle of its own (dist/aws-sdk.js), required on the first AWS call: the extension's
// own bundle stays small, so activation does not parse megabytes of SDK code it may never use.
const sdkPackages = [
  '@aws-sdk/client-api-gateway',
  '@aws-sdk/client-apigatewayv2',
  '@aws-sdk/client-cloudwatch-logs',
  '@aws-sdk/client-cloudwatch',
  '@aws-sdk/client-xray',
  '@aws-sdk/client-cloudformation',
  '@aws-sdk/credential-providers',
  '@smithy/signature-v4',
  '@aws-crypto/sha256-js',
];
const sdkSplit = {
  name: 'aws-sdk-split',
  setup(build) {
    const filter = new RegExp(`^(${sdkPackages.map((p) => p.replace(/[/.-]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'aws-sdk-split' }));
    build.onResolve({ filter: /^\.\/aws-sdk\.js$/ }, () => ({ path: './aws-sdk.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'aws-sdk-split' }, (args) => ({
      contents: `module.exports = require('./aws-sdk.js')[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};
const sdkEntry = sdkPackages.map((p) => `exports[${JSON.stringify(p)}] = require(${JSON.stringify(p)});`).join('\n');

const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', plugins: [sdkSplit] },
  { stdin: { contents: sdkEntry, resolveDir: root, loader: 'js' }, outfile: 'dist/aws-sdk.js' },
  { entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist' },
  // The process that hosts a local gateway for the extension (Run API Locally).
  { entryPoints: { gatewayHost: 'server/src/gatewayHost/main.ts' }, outdir: 'dist' },
];

// The editor suites: every *.editor.test.ts under test/ (they sit beside what they test), each bundled flat into
// out/test/editor/suite/ next to the Mocha entry that loads them (test/editor/suite/index.ts).
const editorEntry = 'test/editor/suite/index.ts';
if (!production && fs.existsSync(path.join(root, editorEntry))) {
  const entries = { index: editorEntry };
  for (const file of findEditorSuites(path.join(root, 'test'))) {
    entries[path.basename(file, '.ts')] = path.relative(root, file);
  }
  // Emptied first, so that a suite renamed or deleted does not run from an old bundle.
  fs.rmSync(path.join(root, 'out/test/editor/suite'), { recursive: true, force: true });
  builds.push({ entryPoints: entries, outdir: 'out/test/editor/suite', external: ['vscode', 'mocha'] });
}

function findEditorSuites(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'fixtures') findEditorSuites(full, out);
    else if (entry.name.endsWith('.editor.test.ts')) out.push(full);
  }
  return out.sort();
}

// uPlot (the stage dashboard's charts) is served to the webview from media/, as a file of its own: webviews load
// scripts by nonce from the extension, never from a CDN.
function copyVendoredMedia() {
  const target = path.join(root, 'media', 'vendor', 'uplot');
  fs.mkdirSync(target, { recursive: true });
  for (const file of ['uPlot.iife.min.js', 'uPlot.min.css', '../LICENSE']) {
    fs.copyFileSync(path.join(root, 'node_modules', 'uplot', 'dist', file), path.join(target, path.basename(file)));
  }
}

copyVendoredMedia();
await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b, external: b.external ?? common.external })));
