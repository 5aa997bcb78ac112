// Turns StrykerJS's incremental files (bench/mutation/incremental/<folder>.json, full mutation reports, one per
// folder of scripts/mutation/folders.mjs) into bench/MUTATION.md: the mutation score per folder with its date, size and run
// time, and every surviving mutant with where it is and what it changed, so each can be killed or explained.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folders as folderTable, sourceFilesOf } from './mutation/folders.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, 'bench', 'mutation', 'incremental');
const out = path.join(root, 'bench', 'MUTATION.md');
const runs = readFolderFiles(path.join(root, 'bench', 'mutation', 'runs'));
// Survivors that change nothing observable, each with the reason (bench/mutation/equivalent/<folder>.json, keyed
// "file:line mutator" or "file:line mutator replacement").
const equivalent = Object.assign(
  {},
  ...Object.values(readFolderFiles(path.join(root, 'bench', 'mutation', 'equivalent'))),
);

/** folder name -> the parsed `<folder>.json` of a directory (one file per folder, so that branches merge cleanly). */
function readFolderFiles(dir) {
  if (!fs.existsSync(dir)) return {};
  const out = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')))
    out[file.slice(0, -5)] = readJson(path.join(dir, file));
  return out;
}

function readJson(file) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

const emptyCounts = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, equivalent: 0, other: 0 });
const rows = [];
const survivors = [];
for (const name of Object.keys(folderTable)) {
  const file = path.join(reportDir, `${name}.json`);
  if (!fs.existsSync(file)) {
    rows.push({ name, counts: undefined, dirs: new Map() });
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const counts = emptyCounts();
  const dirs = new Map();
  for (const [source, { mutants }] of Object.entries(report.files)) {
    const dir = path.dirname(source);
    const d = dirs.get(dir) ?? emptyCounts();
    dirs.set(dir, d);
    for (const m of mutants) {
      // The key names the mutant by place and mutator, and by its replacement where one line holds several.
      const key0 = `${source}:${m.location.start.line} ${m.mutatorName}`;
      const why = equivalent[`${key0} ${m.replacement ?? ''}`] ?? equivalent[key0];
      const key =
        m.status === 'Killed'
          ? 'killed'
          : m.status === 'Timeout'
            ? 'timeout'
            : m.status === 'Survived'
              ? 'survived'
              : m.status === 'NoCoverage'
                ? 'noCoverage'
                : 'other';
      counts[key]++;
      d[key]++;
      if (key === 'survived' || key === 'noCoverage') {
        if (why) {
          counts.equivalent++;
          d.equivalent++;
        }
        survivors.push({
          folder: name,
          file: source,
          line: m.location.start.line,
          mutator: key === 'noCoverage' ? `${m.mutatorName} (no test reaches it)` : m.mutatorName,
          replacement: (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80),
          why,
        });
      }
    }
  }
  rows.push({ name, counts, dirs, measured: Object.keys(report.files).length });
}

/** Detected (killed or timed out) over all mutants that ran or that no test reaches; explained equivalents aside. */
const score = (f) => {
  const detected = f.killed + f.timeout;
  const valid = detected + f.survived + f.noCoverage - f.equivalent;
  return valid ? (100 * detected) / valid : 100;
};
const total = (f) => f.killed + f.timeout + f.survived + f.noCoverage + f.other;
const cell = (f) =>
  `${score(f).toFixed(1)}% | ${total(f)} | ${f.killed} | ${f.timeout} | ${f.survived} | ${f.noCoverage} | ${f.equivalent}`;

const lines = [
  '# Mutation score',
  '',
  "Made by `npm run mutation` (StrykerJS 9, tap runner over Node's test runner, one folder at a time: see",
  '`scripts/mutation/folders.mjs` for the files each folder mutates and the fast test files it runs). Score = mutants the',
  'tests detect (killed or timed out) over the mutants that ran or that no test reaches, leaving out the survivors',
  'explained as equivalent (`bench/mutation/equivalent/<folder>.json`: they change nothing a user could observe).',
  '',
  '| folder | score | mutants | killed | timed out | survived | no test reaches | of which equivalent | run on | run time | files measured |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
];
for (const { name, counts, dirs, measured } of rows) {
  const inFolder = sourceFilesOf(root, folderTable[name].mutate).length;
  const run = runs[name];
  if (!counts) {
    lines.push(`| ${name} | not run yet | | | | | | | | | 0 of ${inFolder} |`);
    continue;
  }
  lines.push(
    `| **${name}** | ${cell(counts)} | ${run?.date ?? ''} | ${run ? `${Math.round(run.seconds / 60)} min` : ''} | ${measured} of ${inFolder} |`,
  );
  if (dirs.size > 1)
    for (const [dir, d] of [...dirs.entries()].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(`| &nbsp;&nbsp;\`${dir}\` | ${cell(d)} | | | |`);
}
lines.push(
  '',
  'The run time is the last run of that folder; with the incremental file a re-run after a small change takes the',
  'changed mutants only. Re-run one folder: `npm run mutation -- <folder>` (e.g. `npm run mutation -- parser`);',
  'all of them: `npm run mutation`. Each folder keeps `bench/mutation/incremental/<folder>.json` (commit it), a full',
  'report from which `node scripts/mutation-report.mjs` rebuilds this page.',
  '',
  'Folders not run yet, and folders run before their newest tests, are said so by their date: see the notes of',
  'issue 22 for what is left.',
  '',
  '## Found on the way',
  '',
  '- The fast YAML path accepted text the full parser reports as a syntax error (a plain value starting with `,` `]`',
  '  `}` or a second tag, `- :`, flow keys starting with `|` `>` `%` `@` or a backquote, a lone `-` in flow, `? ,k`),',
  '  so no syntax diagnostic appeared; it now gives up there (test/server/service/parser/fastYamlEdges.test.ts).',
  '- Fixed with tests: the fast YAML path took an entry with no key (`: 1`) as the key `""` where the full parser',
  '  reports an incomplete mapping pair (it now gives up, so the syntax error shows), and kept one line break too',
  '  many for `|+` at the end of the text; the full parser read a key written as an alias (`*k : v`) as `""`.',
  '- Where the two YAML paths still differ, the full parser (`@stoplight/yaml-ast-parser`) is the one that is wrong:',
  '  it drops the blank lines that keep chomping (`|+`, `>+`) keeps and, with none, even the last line break; adds a',
  '  line break before `|2` content that is indented further; keeps the spaces before a folded line break in a',
  '  quoted scalar over several lines (`"x y  \\n  z"`); gives an empty value in a flow mapping no position (-1); puts',
  '  the empty value of `? a\\n:` at the end of the text on the colon; loses the tag of `a: !Ref # c` followed by a',
  '  block mapping. The construct tests check the fast path by hand there, with that reason.',
  '- Found, not fixed: the full parser drops an empty block-sequence entry (`-\\n- x` reads as `[x]`; a fix that keeps',
  '  it as null made a false error on a valid corpus file whose only entry is a comment), reports no problem for an',
  '  empty flow-sequence entry (`[1, , 2]`), and ends a block sequence that is last in a text without a final line',
  '  break one character past the end.',
  '',
  '## Surviving mutants',
  '',
);
if (survivors.length === 0) lines.push('None.');
else {
  lines.push('| folder | where | mutator | replaced by | equivalent because |', '| --- | --- | --- | --- | --- |');
  for (const s of survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line))
    lines.push(
      `| ${s.folder} | \`${s.file}:${s.line}\` | ${s.mutator} | \`${s.replacement.replace(/\|/g, '\\|').replace(/`/g, "'")}\` | ${s.why ?? '**not explained: a test is missing**'} |`,
    );
}
lines.push('');
fs.writeFileSync(out, lines.join('\n'));
console.log(
  `Mutation report for ${rows.filter((r) => r.counts).length} folder(s) written to ${path.relative(root, out)}.`,
);
