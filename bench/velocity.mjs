// The mapping-template row of `npm run bench`: parsing and rendering a 200-line template (JSON built from the
// body with #foreach, #if, #set, arithmetic, string methods and $util) for a request, as the editor does on
// every keystroke in the render preview. Target (issue 17): under 5 ms.
import esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A 200-line template shaped like real integration templates. */
export function template200() {
  const lines = ["#set($root = $input.path('$'))", '{'];
  let i = 0;
  while (lines.length < 190) {
    i++;
    lines.push(
      `  "field${i}": "$util.escapeJavaScript($root.name).toUpperCase()",`,
      `  #set($total${i} = 0)`,
      `  "items${i}": [`,
      `  #foreach($item in $root.items)`,
      `    #set($total${i} = $total${i} + $item.price * $item.qty)`,
      `    {"id": $item.id, "name": "$item.name.replaceAll('[^a-z]', '_')", "line": #set($l = $item.price * $item.qty)$l}#if($foreach.hasNext),#end`,
      '  #end',
      '  ],',
      `  #if($total${i} > 10)"big${i}": true,#{else}"big${i}": false,#end`,
      `  "total${i}": $total${i},`,
      `  "who${i}": "$context.identity.sourceIp $input.params('id') $stageVariables.env",`,
    );
  }
  while (lines.length < 199) lines.push('  "pad": "$root.name",');
  lines.push('  "end": true', '}');
  return lines.slice(0, 200).join('\n');
}

export const request = {
  body: JSON.stringify({ name: 'Ada Lovelace', items: Array.from({ length: 10 }, (_, k) => ({ id: k, name: `item number ${k}`, price: 1.5 + k, qty: k % 3 })) }),
  path: { id: '42' },
  stageVariables: { env: 'prod' },
  context: { identity: { sourceIp: '203.0.113.9' } },
};

export async function benchVelocity(log = console.log) {
  const bundle = path.join(os.tmpdir(), `apigw-velocity-bench-${process.pid}.mjs`);
  await esbuild.build({ entryPoints: [path.join(root, 'server/src/service/velocity/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'error' });
  const { parseTemplate, renderTemplate } = await import(pathToFileURL(bundle).href);
  fs.rmSync(bundle, { force: true });
  const text = template200();
  const check = renderTemplate(text, request);
  if (check.problems.some((p) => p.severity === 'error')) throw new Error(`the bench template fails: ${check.problems[0].message}`);
  const median = (f, runs) => {
    for (let k = 0; k < 20; k++) f();
    const times = [];
    for (let k = 0; k < runs; k++) {
      const t = performance.now();
      f();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };
  const both = median(() => renderTemplate(text, request), 200);
  const parsed = parseTemplate(text);
  const renderOnly = median(() => renderTemplate(parsed, request), 200);
  const parseOnly = median(() => parseTemplate(text), 200);
  const row = { lines: text.split('\n').length, outputBytes: check.output.length, parseAndRenderMs: both, renderMs: renderOnly, parseMs: parseOnly, targetMs: 5 };
  log(`mapping template: ${row.lines} lines → ${row.outputBytes} bytes; parse + render ${both.toFixed(2)} ms (parse ${parseOnly.toFixed(2)}, render ${renderOnly.toFixed(2)}), target < 5 ms`);
  return row;
}

export function renderVelocityMarkdown(row) {
  return [
    '### Mapping templates (issue 17)',
    '',
    '| template | parse + render (median of 200) | parse | render | target | met |',
    '|---|---|---|---|---|---|',
    `| generated, ${row.lines} lines, ${row.outputBytes} bytes out | ${row.parseAndRenderMs.toFixed(2)} ms | ${row.parseMs.toFixed(2)} ms | ${row.renderMs.toFixed(2)} ms | < ${row.targetMs} ms | ${row.parseAndRenderMs < row.targetMs ? 'yes' : 'no'} |`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(renderVelocityMarkdown(await benchVelocity()));
}
