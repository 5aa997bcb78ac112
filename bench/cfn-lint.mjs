// cfn-lint as an anchor for SAM templates: on the corpus's SAM templates and a sample of the generated variants of
// test/server/service/validation/rules/template/samOracle/ (the SAM differential test's), with the real SAM
// transform's verdict as the truth, what each tool reports as an error, what it misses, and how long it takes for
// the whole set. cfn-lint (pinned) is installed into the private virtualenv here, by the bench, and never by
// `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSamTranslator } from '../scripts/ensure-sam-translator.mjs';
import { venvDir } from '../scripts/ensure-moto.mjs';

export const CFN_LINT_VERSION = '1.58.0';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function ensureCfnLint() {
  const python = ensureSamTranslator();
  const stamp = path.join(venvDir, `.cfn-lint-${CFN_LINT_VERSION}`);
  if (!fs.existsSync(stamp)) {
    execFileSync(
      python,
      ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', `cfn-lint==${CFN_LINT_VERSION}`],
      { stdio: 'inherit' },
    );
    fs.writeFileSync(stamp, new Date().toISOString());
  }
  return path.join(venvDir, 'bin', 'cfn-lint');
}

function timed(cmd, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 900_000 });
  return { run, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Runs the comparison and returns its Markdown section. */
export function compareWithCfnLint({ log = console.log, every = 8 } = {}) {
  const cfnLint = ensureCfnLint();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-cfn-lint-'));
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/server/service/validation/rules/template/samOracle/exportTemplates.ts',
      out,
      String(every),
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const verdicts = JSON.parse(fs.readFileSync(path.join(out, 'verdicts.json'), 'utf8'));
  const ids = Object.keys(verdicts);
  const files = ids.map((id) => path.join(out, id));

  const ours = timed(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', '--format', 'json', ...files]);
  const ourFindings = JSON.parse(ours.run.stdout).findings;
  const ourErrors = new Map();
  for (const f of ourFindings)
    if (f.severity === 'error')
      ourErrors.set(path.resolve(root, f.file), [...(ourErrors.get(path.resolve(root, f.file)) ?? []), f.rule]);

  const lint = timed(cfnLint, ['-f', 'json', '--', ...files]);
  const lintFindings = JSON.parse(lint.run.stdout || '[]');
  const lintErrors = new Map();
  for (const f of lintFindings)
    if (f.Level === 'Error')
      lintErrors.set(path.resolve(f.Filename), [...(lintErrors.get(path.resolve(f.Filename)) ?? []), f.Rule.Id]);

  const tally = (errors) => {
    const t = { caught: 0, missed: [], falseErrors: [] };
    ids.forEach((id, i) => {
      const has = errors.has(path.resolve(files[i]));
      if (!verdicts[id].accepted) {
        if (has) t.caught++;
        else t.missed.push(`${id}: ${verdicts[id].errors.map((e) => e.message).join('; ')}`);
      } else if (has) t.falseErrors.push(`${id}: ${errors.get(path.resolve(files[i])).join(', ')}`);
    });
    return t;
  };
  const rejected = ids.filter((id) => !verdicts[id].accepted).length;
  const accepted = ids.length - rejected;
  const o = tally(ourErrors);
  const c = tally(lintErrors);
  const lintRules = new Map();
  for (const f of lintFindings) if (f.Level === 'Error') lintRules.set(f.Rule.Id, (lintRules.get(f.Rule.Id) ?? 0) + 1);
  const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
  const row = (name, t, ms) =>
    `| ${name} | ${t.caught}/${rejected} (${pct(t.caught, rejected)}) | ${t.falseErrors.length}/${accepted} | ${(ms / 1000).toFixed(1)} s |`;
  const missedByKind = (t) => {
    const kinds = new Map();
    for (const m of t.missed) {
      const kind = m
        .split(': ')
        .slice(1)
        .join(': ')
        .replace(/^Resource with id \[[^\]]+\] is invalid\. (Event with id \[[^\]]+\] is invalid\. )?/, '')
        .replace(/\[[^\]]*\]|'[^']*'|"[^"]*"/g, '…')
        .slice(0, 90);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    return [...kinds]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, n]) => `  - ${n} × ${k}`)
      .join('\n');
  };
  log(
    `cfn-lint comparison: ${ids.length} templates, ours ${o.caught}/${rejected} caught, cfn-lint ${c.caught}/${rejected}`,
  );
  fs.rmSync(out, { recursive: true, force: true });
  return [
    `### SAM templates against the SAM transform: ours and cfn-lint ${CFN_LINT_VERSION}`,
    '',
    `${ids.length} templates: the corpus's SAM templates and every ${every}th generated variant of test/server/service/validation/rules/template/samOracle/ (the SAM transform, aws-sam-translator 1.115.0, rejects ${rejected} and accepts ${accepted}). An error is any finding of error level (cfn-lint: Level Error). Time: one process over all the files, start-up included.`,
    '',
    '| tool | rejected templates with an error | accepted templates with an error | time |',
    '|---|---|---|---|',
    row('ours (`apigw-check`)', o, ours.ms),
    row(`cfn-lint ${CFN_LINT_VERSION}`, c, lint.ms),
    '',
    `- cfn-lint's error rules on these templates: ${
      [...lintRules]
        .sort((a, b) => b[1] - a[1])
        .map(([id, n]) => `${id} ×${n}`)
        .join(', ') || 'none'
    }.`,
    `- What cfn-lint misses (transform message, most frequent first):\n${missedByKind(c) || '  - nothing'}`,
    `- What we miss:\n${missedByKind(o) || '  - nothing'}`,
    `- cfn-lint errors on templates the transform accepts: ${c.falseErrors.slice(0, 5).join('; ') || 'none'}${c.falseErrors.length > 5 ? ' …' : ''}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js')))
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  console.log(compareWithCfnLint());
}
