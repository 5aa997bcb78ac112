// `npm test`: type check, build, lint, the in-process and AWS tests (Node's test runner), then the editor tests in a
// real VS Code. Ends with one summary line over all of them: "N passed, N failed".
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '../scripts/bootstrap.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onlyUnit = process.argv.includes('--no-editor');

function run(label, cmd, args) {
  return new Promise((resolve) => {
    console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      out += d;
    });
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

const lastNumber = (text, re) => {
  const all = [...text.matchAll(re)];
  return all.length ? Number(all[all.length - 1][1]) : 0;
};

// A fresh clone has nothing installed: `npm test` is the one command, for people and for CI.
bootstrap();

let passed = 0;
let failed = 0;
const steps = [];

// One project per layer (tsconfig.json's references): a forbidden import between layers fails here.
const tsc = await run('type check', process.execPath, ['node_modules/typescript/bin/tsc', '-b']);
steps.push(['type check', tsc.code]);
const build = await run('build', process.execPath, ['scripts/build.mjs']);
steps.push(['build', build.code]);
// typescript-eslint with type information and Prettier's check (lint/run.mjs installs lint/'s own packages).
const lint = await run('lint', process.execPath, ['lint/run.mjs']);
steps.push(['lint', lint.code]);

const node = await run('unit, service, protocol and AWS tests', process.execPath, ['test/run-node-tests.mjs']);
passed += lastNumber(node.out, /^ℹ pass (\d+)/gm);
failed += lastNumber(node.out, /^ℹ fail (\d+)/gm);
steps.push(['node tests', node.code]);

if (!onlyUnit) {
  const editor = await run('editor tests in VS Code', process.execPath, ['test/editor/run-offline.mjs']);
  passed += lastNumber(editor.out, /^editor: (\d+) passed/gm);
  failed += lastNumber(editor.out, /^editor: \d+ passed, (\d+) failed/gm);
  steps.push(['editor tests', editor.code]);
}

console.log('\n=== summary');
for (const [name, code] of steps) console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name}`);
const stepFailures = steps.filter(([, code]) => code !== 0).length;
// A failing step that reported no failing test (a crash, a type error) still counts as one failure.
if (stepFailures > 0 && failed === 0) failed = stepFailures;
console.log(`${passed} passed, ${failed} failed`);
process.exit(stepFailures > 0 || failed > 0 ? 1 : 0);
