// Turns StrykerJS's JSON report (bench/mutation/mutation-report.json) into bench/MUTATION.md: the mutation score per
// folder, and every surviving mutant with where it is and what it changed, so each can be killed or explained.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportFile = path.join(root, 'bench', 'mutation', 'mutation-report.json');
const out = path.join(root, 'bench', 'MUTATION.md');

if (!fs.existsSync(reportFile)) {
  console.error(`No report at ${path.relative(root, reportFile)}: run "npm run mutation" first.`);
  process.exit(2);
}
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
// Survivors that change nothing observable, each with the reason (bench/mutation/equivalent.json, "file:line mutator").
const equivalentFile = path.join(root, 'bench', 'mutation', 'equivalent.json');
const equivalent = fs.existsSync(equivalentFile) ? JSON.parse(fs.readFileSync(equivalentFile, 'utf8')) : {};
const folders = new Map();
const survivors = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = path.dirname(file);
  const f = folders.get(folder) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') f.killed++;
    else if (m.status === 'Timeout') f.timeout++;
    else if (m.status === 'Survived') {
      f.survived++;
      const why = equivalent[`${file}:${m.location.start.line} ${m.mutatorName}`];
      survivors.push({
        file,
        line: m.location.start.line,
        mutator: m.mutatorName,
        replacement: (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80),
        why,
      });
    } else if (m.status === 'NoCoverage') {
      f.noCoverage++;
      survivors.push({
        file,
        line: m.location.start.line,
        mutator: `${m.mutatorName} (no test covers it)`,
        replacement: (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80),
      });
    } else f.other++;
  }
  folders.set(folder, f);
}
const score = (f) => {
  const detected = f.killed + f.timeout;
  const valid = detected + f.survived + f.noCoverage;
  return valid ? (100 * detected) / valid : 100;
};
const rows = [...folders.entries()].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce(
  (t, [, f]) => ({
    killed: t.killed + f.killed,
    timeout: t.timeout + f.timeout,
    survived: t.survived + f.survived,
    noCoverage: t.noCoverage + f.noCoverage,
    other: t.other + f.other,
  }),
  { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 },
);
const lines = [
  '# Mutation score',
  '',
  `Made by \`npm run mutation\` (StrykerJS, tap runner over Node's test runner) on ${new Date().toISOString().slice(0, 10)}. Score = mutants the tests`,
  'detect (killed or timed out) over all mutants that ran or that no test covers. Only the files the run mutated are',
  `counted (${Object.keys(report.files).length}: ${Object.keys(report.files)
    .sort()
    .map((f) => '`' + f + '`')
    .join(', ')}); the incremental file keeps earlier results, so a re-run tests only what changed.`,
  '',
  '| folder | score | killed | timed out | survived | no coverage |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ([folder, f]) =>
      `| \`${folder}\` | ${score(f).toFixed(1)}% | ${f.killed} | ${f.timeout} | ${f.survived} | ${f.noCoverage} |`,
  ),
  `| **all** | **${score(total).toFixed(1)}%** | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} |`,
  '',
  '## Surviving mutants',
  '',
  survivors.length ? '| where | mutator | replaced by | equivalent because |' : 'None.',
  ...(survivors.length ? ['| --- | --- | --- | --- |'] : []),
  ...survivors
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map(
      (s) =>
        `| \`${s.file}:${s.line}\` | ${s.mutator} | \`${s.replacement.replace(/\|/g, '\\|').replace(/`/g, "'")}\` | ${s.why ?? '**not explained: a test is missing**'} |`,
    ),
  '',
];
fs.writeFileSync(out, lines.join('\n'));
console.log(
  `Mutation score ${score(total).toFixed(1)}% over ${rows.length} folder(s); ${survivors.length} surviving mutant(s). Written to ${path.relative(root, out)}.`,
);
