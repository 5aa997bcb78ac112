// Runs every *.test.ts under test/ except the editor suites (*.editor.test.ts, run inside VS Code by
// test/editor/run-offline.mjs) with Node's own test runner (TypeScript through tsx). Tests are chosen by name,
// not by folder: test/README.md says where each kind lives.
// Usage: node test/run-node-tests.mjs [filter...]   (filters match file paths)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Data folders, never tests: fixture files and installed packages.
const skipDirs = new Set(['node_modules', 'fixtures']);

function findTests(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name)) findTests(full, out);
    } else if (entry.name.endsWith('.test.ts') && !entry.name.endsWith('.editor.test.ts')) {
      out.push(path.relative(root, full));
    }
  }
  return out;
}
const filters = process.argv.slice(2);
const files = findTests(path.join(root, 'test'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
