/**
 * Bench row "rendering a 200-line template as you type" (issue 17, editor half), run by bench/templates.mjs with
 * tsx. A definition holds a 200-line request template in a block scalar; each keystroke inside it goes the way
 * the editor's does: the document is updated (incremental when the edit allows), the template found and mapped,
 * parsed (the cache misses: the text changed) and rendered for the sample request. Prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { getLanguageService } from '../../server/src/service/languageService';
import type { ApiDocument } from '../../server/src/service/document/model';

const KEYSTROKES = 400;
const WARMUP = 100;

function template(): string {
  const lines = [
    "#set($root = $input.path('$'))",
    '#set($items = $root.items)',
    '{',
    '  "requestId": "$context.requestId",',
    '  "stage": "$stageVariables.env",',
    '  "count": $items.size(),',
    '  "items": [',
  ];
  lines.push('  #foreach($item in $items)', '  {');
  let i = 0;
  while (lines.length < 188) {
    const n = i++;
    if (n % 4 === 0) lines.push(`    "f${n}": "$util.escapeJavaScript($item.name).replaceAll("\\\\'", "'")",`);
    else if (n % 4 === 1) lines.push(`    #if($item.size > ${n})"big${n}": true,#else"big${n}": false,#end`);
    else if (n % 4 === 2) lines.push(`    "q${n}": "$util.urlEncode($input.params('q'))",`);
    else lines.push(`    "n${n}": $item.size,`);
  }
  lines.push(
    '    "last": "$item.name"',
    '  }#if($foreach.hasNext),#end',
    '  #end',
    '  ],',
    '  "body": $input.json(\'$.meta\'),',
    '  "path": "$input.params(\'id\')"',
    '}',
  );
  while (lines.length < 200) lines.push('## padding comment line');
  return lines.join('\n');
}

const tpl = template();
const definition = `openapi: 3.0.1
info: {title: bench, version: '1'}
paths:
  /items/{id}:
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: https://example.com/items
        requestTemplates:
          application/json: |
${tpl
  .split('\n')
  .map((l) => `            ${l}`)
  .join('\n')}
`;
const templatePath = [
  'paths',
  '/items/{id}',
  'post',
  'x-amazon-apigateway-integration',
  'requestTemplates',
  'application/json',
];
const service = getLanguageService();

/** Keystrokes typed into the padding comment at the template's end, as a user edits the template. */
function measure(items: number) {
  const body = JSON.stringify({
    items: Array.from({ length: items }, (_, i) => ({ name: `item ${i} it's`, size: i })),
    meta: { a: 1, b: [1, 2, 3] },
  });
  const request = {
    body,
    path: { id: '7' },
    query: { q: 'a b' },
    stageVariables: { env: 'prod' },
    context: { requestId: 'r-1' },
  };
  let doc: ApiDocument = service.parseDocument('file:///bench/def.yaml', 'yaml', 1, definition);
  const first = service.renderTemplate(doc, templatePath, request);
  if (!first || first.problems.some((p) => p.severity === 'error'))
    throw new Error(`the bench template does not render: ${JSON.stringify(first?.problems)}`);
  const anchor = definition.lastIndexOf('## padding comment line') + 2;
  const renderTimes: number[] = [];
  const keystrokeTimes: number[] = [];
  // CPU time too: on a shared machine, wall time also counts the time other processes held the cores.
  const renderCpu: number[] = [];
  let text = definition;
  let version = 1;
  for (let k = 0; k < WARMUP + KEYSTROKES; k++) {
    // A new text each time (a counter written in base 26), so the parse cache never answers.
    const offset = anchor + (k % 10);
    const ch = String.fromCharCode(97 + (Math.floor(k / 10) % 26));
    const t0 = performance.now();
    text = text.slice(0, offset) + ch + text.slice(offset + 1);
    doc = service.updateDocument(doc, { offset, removed: 1, text: ch }, text, ++version);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const result = service.renderTemplate(doc, templatePath, request);
    const c2 = process.cpuUsage(c1);
    const t2 = performance.now();
    service.validate(doc);
    const t3 = performance.now();
    if (!result || result.output.length < 100) throw new Error('render failed during the bench');
    if (k >= WARMUP) {
      renderTimes.push(t2 - t1);
      keystrokeTimes.push(t3 - t0);
      renderCpu.push((c2.user + c2.system) / 1000);
    }
  }
  return {
    items,
    outputBytes: first.output.length,
    render: stats(renderTimes),
    keystroke: stats(keystrokeTimes),
    renderCpu: stats(renderCpu),
  };
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1] };
}

console.log(
  JSON.stringify({ templateLines: tpl.split('\n').length, keystrokes: KEYSTROKES, runs: [measure(5), measure(50)] }),
);
