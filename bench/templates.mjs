// Bench rows for mapping templates in the editor (issue 17, editor half): a 200-line template rendered as you
// type, through the language service's own path (find, map, parse, render). Target: under 5 ms per keystroke.
// Usage: node bench/templates.mjs   (also run by bench/run.mjs, which appends the table to its report)
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATE_TARGET_MS = 5;

export function measureTemplates() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', 'templates', 'renderAsYouType.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`template bench failed: ${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

export function renderTemplateTable(r) {
  const ms = (x) => `${x.toFixed(2)} ms`;
  const typical = r.runs[0];
  const ok = typical.render.median < TEMPLATE_TARGET_MS ? 'met' : 'NOT met';
  const okCpu = typical.renderCpu.median < TEMPLATE_TARGET_MS ? 'met' : 'NOT met';
  const rows = r.runs.flatMap((run) => [
    `| ${run.items} items (output ${(run.outputBytes / 1024).toFixed(0)} KB) | render: find, map, parse anew, render for the sample request | ${ms(run.render.median)} | ${ms(run.render.p95)} | ${ms(run.render.max)} |`,
    `| ${run.items} items | render, CPU time of this process (what the load of other processes does not change) | ${ms(run.renderCpu.median)} | ${ms(run.renderCpu.p95)} | ${ms(run.renderCpu.max)} |`,
    `| ${run.items} items | whole keystroke: document update, render, all diagnostics | ${ms(run.keystroke.median)} | ${ms(run.keystroke.p95)} | ${ms(run.keystroke.max)} |`,
  ]);
  return [
    '### Mapping templates as you type (issue 17)',
    '',
    `A ${r.templateLines}-line request template in a YAML block scalar (a #foreach whose body is 180 lines of $util, $input.params, #if and fields), rendered after each of ${r.keystrokes} keystrokes inside it (after a warm-up), for a body of 5 items (every line runs 5 times) and of 50 (a 180 KB output).`,
    '',
    '| Body | Step | Median | p95 | Max |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
    '',
    `Target: a 200-line template rendered in under ${TEMPLATE_TARGET_MS} ms as you type (median, 5 items): wall time ${ok}, CPU time ${okCpu}. Load average when measured: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(
        ', ',
      )} on ${os.cpus().length} cores (p95 and max move with the load; garbage collection pauses land there too).`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(renderTemplateTable(measureTemplates()));
}
