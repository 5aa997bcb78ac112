// `node scripts/mutation/retest.mjs <folder> [status...]`: forgets the folder's mutants with these statuses (default
// Timeout) in its incremental file, so that the next `npm run mutation -- <folder>` tests them again. A mutant whose
// test file ran past Stryker's time limit because the shared machine was busy counts as "timed out" (detected);
// re-testing on a quiet machine tells a real endless loop from a slow run. Stryker itself reuses a timed-out result
// for as long as the code and its tests stay the same.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folders } from './folders.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [name, ...statuses] = process.argv.slice(2);
if (!name || !(name in folders)) {
  console.error(
    `Usage: node scripts/mutation/retest.mjs <folder> [status...]. Folders: ${Object.keys(folders).join(', ')}`,
  );
  process.exit(2);
}
const forget = new Set(statuses.length > 0 ? statuses : ['Timeout']);
const file = path.join(root, 'bench', 'mutation', 'incremental', `${name}.json`);
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
let count = 0;
for (const result of Object.values(report.files)) {
  const before = result.mutants.length;
  result.mutants = result.mutants.filter((m) => !forget.has(m.status));
  count += before - result.mutants.length;
}
fs.writeFileSync(file, JSON.stringify(report, null, 2));
console.log(`${name}: ${count} mutant(s) with status ${[...forget].join('/')} will be tested again by the next run.`);
