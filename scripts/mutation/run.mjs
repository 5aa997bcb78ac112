// `npm run mutation -- [folder...]`: runs Stryker on each named folder of scripts/mutation/folders.mjs (all of them,
// smallest first, when none is named), one after the other, under `nice` so that others' work on the shared machine
// comes first, then writes bench/MUTATION.md. Each folder keeps its own incremental file, so a re-run after a small
// change only runs the mutants in changed code or covered by changed tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folders } from './folders.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in folders));
if (unknown.length > 0) {
  console.error(`Unknown folder ${unknown.join(', ')}. Folders: ${Object.keys(folders).join(', ')}`);
  process.exit(2);
}
// Stryker's sandbox is a copy under .stryker-tmp/: the tests would look for the shared corpus beside it.
const sharedDir = process.env.APIGW_SHARED_DIR ?? path.resolve(root, '..', 'shared');
let failed = false;
for (const name of names.length > 0 ? names : Object.keys(folders)) {
  console.log(`\n== mutation: ${name}`);
  const started = Date.now();
  const run = spawnSync(
    'nice',
    ['-n', '10', process.execPath, 'node_modules/@stryker-mutator/core/bin/stryker.js', 'run'],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        APIGW_MUTATION_FOLDER: name,
        APIGW_SHARED_DIR: sharedDir,
        APIGW_MOTO_VENV: process.env.APIGW_MOTO_VENV ?? path.join(root, '.vscode-test', 'moto-venv'),
      },
    },
  );
  console.log(`== mutation: ${name} took ${Math.round((Date.now() - started) / 1000)} s (exit ${run.status})`);
  if (run.status !== 0) failed = true;
  else {
    // The report shows when each folder was last measured and how long that took.
    // One file per folder, so that runs of different folders on different branches merge without conflict.
    const runsFile = path.join(root, 'bench', 'mutation', 'runs', `${name}.json`);
    const run = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      seconds: (Date.now() - started) / 1000,
      scope: process.env.APIGW_MUTATE,
    };
    fs.mkdirSync(path.dirname(runsFile), { recursive: true });
    fs.writeFileSync(runsFile, `${JSON.stringify(run, null, 2)}\n`);
  }
}
const report = spawnSync(process.execPath, ['scripts/mutation-report.mjs'], { cwd: root, stdio: 'inherit' });
process.exit(failed || report.status !== 0 ? 1 : 0);
