// The long fuzz run of `npm run bench` (issue 16): broken corpus files, hostile documents and random edit
// sequences through our server, with the same engine as the suite's fuzz test (test/support/fuzz/). Reports
// cases, crashes, hangs (no answer within 5 s), mismatches with a fresh parse, p99 and maximum answer time and the
// server's peak memory.
//
// Usage: node bench/fuzz.mjs [--cases N] [--seed S] [--budget SECONDS]   (also called by bench/run.mjs)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function runFuzzBench({ quick = false, cases, seed = 1616, budgetSeconds } = {}) {
  cases ??= quick ? 300 : 1500;
  budgetSeconds ??= quick ? 180 : 900;
  const args = [
    '--import',
    'tsx',
    path.join(root, 'test', 'support', 'fuzz', 'main.ts'),
    '--seed',
    String(seed),
    '--cases',
    String(cases),
    '--budget',
    String(budgetSeconds),
  ];
  console.log(`\nfuzz: ${cases} cases at most, seed ${seed}, at most ${budgetSeconds} s`);
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = (result.stdout ?? '').trim().split('\n').at(-1);
  let totals;
  try {
    totals = JSON.parse(last);
  } catch {
    return {
      totals: undefined,
      markdown: `### Fuzzing (issue 16)\n\n- did not finish (exit ${result.status}): ${(result.stdout ?? '').slice(-500)}`,
    };
  }
  const list = (items) =>
    items.length
      ? items
          .slice(0, 10)
          .map((x) => `\n  - ${x.split('\n')[0].slice(0, 300)}`)
          .join('')
      : '';
  const markdown = [
    '### Fuzzing (issue 16)',
    '',
    `Seed ${totals.seed}: ${totals.cases} cases (broken corpus files and edit sequences), ${totals.edits} edits, ${totals.requests} completions and hovers, in ${(totals.elapsedMs / 1000).toFixed(0)} s.`,
    '',
    `- crashes: ${totals.crashes.length}${list(totals.crashes)}`,
    `- hangs (nothing within 5 s): ${totals.hangs.length}${list(totals.hangs)}`,
    `- mismatches with a fresh parse: ${totals.mismatches.length}${list(totals.mismatches)}`,
    `- answer and diagnostics times over ${totals.timings} waits: p50 ${totals.p50Ms} ms, p99 ${totals.p99Ms} ms, max ${totals.maxMs} ms`,
    `- peak server memory (VmHWM): ${totals.peakServerMb ?? 'n/a'} MB`,
  ].join('\n');
  return { totals, markdown };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const value = (name) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const { totals, markdown } = runFuzzBench({
    cases: value('cases'),
    seed: value('seed'),
    budgetSeconds: value('budget'),
  });
  console.log(`\n${markdown}`);
  process.exit(totals && totals.crashes.length + totals.hangs.length + totals.mismatches.length === 0 ? 0 : 1);
}
