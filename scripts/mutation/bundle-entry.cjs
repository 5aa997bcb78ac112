// Preloaded (`node -r`) into every test process of a mutation run. Stryker names each test file by its TypeScript
// path, so that its incremental mode compares the test files themselves (a bundle's name and content would change
// with every source change, and every earlier result would be thrown away). This runs, instead of that `.ts`
// entry, the bundle that build-tests.mjs made beside it in the sandbox, as plain CommonJS with the same folder.
// A test file without a bundle (the moto-backed ones) runs through tsx.
// CommonJS on purpose: a `node -r` preload runs before the entry is loaded, and only CommonJS can change how it is.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('node:fs');
const Module = require('node:module');

const entry = process.argv[1];
const bundle = entry?.replace(/\.ts$/, '.mut.cjs');
if (entry?.endsWith('.ts') && fs.existsSync(bundle)) {
  const defaultTs = Module._extensions['.ts'];
  Module._extensions['.ts'] = (module, filename) => {
    if (filename !== entry) return (defaultTs ?? Module._extensions['.js'])(module, filename);
    module._compile(fs.readFileSync(bundle, 'utf8'), bundle);
  };
} else if (entry?.endsWith('.ts')) {
  // tsx's CommonJS registration (the tests are CommonJS TypeScript; the .mjs they import need no loader).
  require('tsx/cjs/api').register();
}
