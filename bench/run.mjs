// `npm run bench`: our language server against yaml-language-server (with the OpenAPI schema) and Spectral
// (spectral:oas) on large real specs, a generated definition dense with API Gateway extensions and small real
// definitions. Prints Markdown tables and the targets of issue 8, and writes them to bench/results/latest.md.
// With our server in the run, ends with a long fuzz run of it (bench/fuzz.mjs: crashes, hangs, p99, peak memory).
//
// Usage: node bench/run.mjs [--quick] [--files twilio,dense,...|path,...] [--tools ours,yls,empty,spectral]
//                           [--timeout SECONDS] [--completions N]
// --tools cfn-lint adds the SAM template comparison with cfn-lint (bench/cfn-lint.mjs); it is in the default set.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const corpus = process.env.APIGW_BENCH_CORPUS ?? path.resolve(root, '..', 'shared', 'corpus');

const FILES = {
  twilio: { path: 'large/twilio__twilio-oai/spec/yaml/twilio_api_v2010.yaml', label: 'Twilio api_v2010.yaml' },
  'twilio-errors': { withSchemaErrors: 'twilio', label: 'Twilio api_v2010.yaml + 2 schema errors' },
  stripe: { path: 'large/stripe__openapi/openapi/spec3.yaml', label: 'Stripe spec3.yaml' },
  kubernetes: {
    path: 'large/kubernetes-client__python/kubernetes/swagger.json.unprocessed',
    label: 'Kubernetes swagger.json',
  },
  plaid: { path: 'large/plaid__plaid-openapi/2020-09-14.yml', label: 'Plaid 2020-09-14.yml' },
  box: { path: 'large/box__box-openapi/openapi.json', label: 'Box openapi.json' },
  slack: { path: 'large/slackapi__slack-api-specs/web-api/slack_web_openapi_v2.json', label: 'Slack web API (json)' },
  dense: { generated: true, label: 'Generated, dense with x-amazon-apigateway-*' },
  's3-proxy': {
    path: 'valid/awsdocs__amazon-api-gateway-developer-guide/doc_source/api-as-s3-proxy-export-swagger-with-extensions.block1.json',
    label: 'AWS docs S3 proxy (json)',
  },
  petstore: {
    path: 'valid/localstack__localstack/tests/aws/files/petstore-authorizer.swagger.json',
    label: 'LocalStack petstore-authorizer (json)',
  },
  'ddb-crud': {
    path: 'valid/aws-samples__serverless-patterns/apigw-ddb-openapi-crud/api.yaml',
    label: 'serverless-patterns DynamoDB CRUD (yaml)',
  },
};
const FULL = [
  'twilio',
  'twilio-errors',
  'stripe',
  'kubernetes',
  'plaid',
  'box',
  'slack',
  'dense',
  's3-proxy',
  'petstore',
  'ddb-crud',
];
const QUICK = ['twilio', 'twilio-errors', 'dense', 'petstore', 'ddb-crud'];

function parseArgs(argv) {
  const options = {
    quick: false,
    files: undefined,
    tools: ['ours', 'yls', 'empty', 'spectral', 'cfn-lint'],
    timeoutMs: 120_000,
    completions: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (next === undefined) fail(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') options.quick = true;
    else if (arg.startsWith('--files')) options.files = value().split(',').filter(Boolean);
    else if (arg.startsWith('--tools')) options.tools = value().split(',').filter(Boolean);
    else if (arg.startsWith('--timeout')) options.timeoutMs = Number(value()) * 1000;
    else if (arg.startsWith('--completions')) options.completions = Number(value());
    else if (arg === '--help' || arg === '-h') {
      console.log(
        fs
          .readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(0, 6)
          .join('\n'),
      );
      process.exit(0);
    } else fail(`unknown option ${arg} (try --help)`);
  }
  for (const tool of options.tools)
    if (!['ours', 'yls', 'empty', 'spectral', 'cfn-lint'].includes(tool))
      fail(`unknown tool ${tool}: ours, yls, empty, spectral or cfn-lint`);
  if (!(options.timeoutMs > 0)) fail('--timeout needs a positive number of seconds');
  options.completions ??= options.quick ? 50 : 200;
  if (!(options.completions > 0)) fail('--completions needs a positive number');
  return options;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function run(cmd, args, cwd) {
  console.log(`bench: ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) fail(`${cmd} ${args.join(' ')} failed`);
}

/** bench/ has its own dependencies so that the tools we compare with never ship in the extension. */
function ensureBenchDependencies() {
  const needed = ['yaml-language-server', '@stoplight/spectral-cli'];
  if (needed.every((name) => fs.existsSync(path.join(benchDir, 'node_modules', name, 'package.json')))) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const lock = fs.existsSync(path.join(benchDir, 'package-lock.json'));
  run(npm, [lock ? 'ci' : 'install', '--prefix', benchDir, '--no-audit', '--no-fund'], root);
}

function resolveFiles(options, denseFile) {
  const names = options.files ?? (options.quick ? QUICK : FULL);
  return names.map((name) => {
    const known = FILES[name];
    if (known) {
      const file = known.generated
        ? denseFile
        : known.withSchemaErrors
          ? writeWithSchemaErrors(path.join(corpus, FILES[known.withSchemaErrors].path), `${name}.yaml`)
          : path.join(corpus, known.path);
      return { name, file, label: known.label };
    }
    if (fs.existsSync(name)) return { name, file: path.resolve(name), label: path.basename(name) };
    fail(`unknown file ${name}: one of ${Object.keys(FILES).join(', ')}, or a path`);
  });
}

const options = parseArgs(process.argv.slice(2));
ensureBenchDependencies();
if (
  (options.tools.includes('ours') || options.tools.includes('cfn-lint')) &&
  !fs.existsSync(path.join(root, 'dist', 'server.js'))
)
  run(process.execPath, ['scripts/build.mjs'], root);

// Imported only now: these modules need bench/'s dependencies, which the lines above install.
const { writeDense } = await import('./generate-dense.mjs');
const { loadDocument } = await import('./documents.mjs');
const { measureFloor, measureLinePass } = await import('./floor.mjs');
const { writeWithSchemaErrors } = await import('./schema-errors.mjs');
const { measureLsp } = await import('./lsp-measure.mjs');
const { runSpectral } = await import('./spectral.mjs');
const { TOOLS } = await import('./tools.mjs');
const { describeMachine, loadAverage } = await import('./machine.mjs');
const { renderTables, renderNotes, checkTargets, checkSchemaTargets, renderTargets } = await import('./report.mjs');

const denseFile = writeDense();
const selected = resolveFiles(options, denseFile);
const missing = selected.filter((f) => !fs.existsSync(f.file));
if (missing.length)
  fail(`missing files: ${missing.map((f) => f.file).join(', ')} (set APIGW_BENCH_CORPUS to the corpus folder)`);

const command = `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim();
const header = [
  `Date: ${new Date().toISOString()}`,
  `Machine: ${describeMachine()}; load average at the start ${loadAverage()} (1 / 5 / 15 min)`,
  `Command: \`${command}\``,
  `Per tool and file: at most ${options.timeoutMs / 1000} s; ${options.completions} completion positions per file; tools run one at a time.`,
].join('  \n');
console.log(header.replace(/ {2}\n/g, '\n'));

const log = (line) => console.log(`  ${line}`);
const rows = [];
for (const entry of selected) {
  const doc = loadDocument(entry.file, entry.label);
  console.log(`\n${doc.label}: ${doc.lines} lines, ${doc.format}, ${doc.spec}`);
  const row = { doc, floorMs: measureFloor(doc.text, doc.format), linePassMs: measureLinePass(doc.text) };
  log(`parse floor ${row.floorMs.toFixed(1)} ms, line pass ${row.linePassMs.toFixed(1)} ms`);
  for (const id of ['ours', 'yls', 'empty']) {
    if (options.tools.includes(id))
      row[id] = await measureLsp(TOOLS[id], doc, {
        budgetMs: options.timeoutMs,
        completions: options.completions,
        log,
      });
  }
  if (options.tools.includes('spectral')) {
    row.spectral = await runSpectral(doc.file, options.timeoutMs);
    log(
      `spectral: ${row.spectral.status}${row.spectral.ms !== undefined ? ` ${row.spectral.ms.toFixed(0)} ms` : ''}${row.spectral.results !== undefined ? ` (${row.spectral.results} results)` : ''}`,
    );
  }
  rows.push(row);
}

// Hostile and random input through our server (issue 16): totals of a long fuzz run.
const fuzz = options.tools.includes('ours')
  ? (await import('./fuzz.mjs')).runFuzzBench({ quick: options.quick })
  : undefined;

const twilio = rows.find((r) => r.doc.file.endsWith('twilio_api_v2010.yaml'));
const largest = rows.reduce((best, r) => (!best || r.doc.lines > best.doc.lines ? r : best), undefined);
const targets = checkTargets(twilio, largest, options.timeoutMs);
const twilioErrors = rows.find((r) => r.doc.label === FILES['twilio-errors'].label);
const stripe = rows.find((r) => r.doc.file.endsWith('spec3.yaml'));
const schemaTargets = checkSchemaTargets(twilioErrors, stripe, twilio, options.timeoutMs);
const notes = renderNotes(rows);
// Mapping templates (issue 17): the engine alone (bench/velocity.mjs) and as you type in the editor (bench/templates.mjs).
const { benchVelocity, renderVelocityMarkdown } = await import('./velocity.mjs');
console.log('');
const velocity = await benchVelocity(log);
const { measureTemplates, renderTemplateTable } = await import('./templates.mjs');
const templatesTable = renderTemplateTable(measureTemplates());
const markdown = [
  '## Benchmark results',
  '',
  header + `  \nLoad average at the end: ${loadAverage()}`,
  '',
  renderTables(rows),
  '',
  '### Targets (issue 8)',
  '',
  twilio ? renderTargets(targets) : '- n/a: the Twilio spec was not in this run',
  '',
  '### Targets (issue 14: OpenAPI schema validation at the speed of the API Gateway checks)',
  '',
  renderTargets(schemaTargets),
  '',
  '### Notes',
  '',
  '- Ours and yaml-language-server: from didOpen to the first publishDiagnostics for the file, after a small warm-up document of the same kind was validated (so schema loading is not counted). yaml-language-server publishes once per validation, after its own 200 ms debounce; JSON files are opened in it as YAML. The count of diagnostics is in parentheses.',
  '- Spectral: the whole `spectral lint` process with `extends: spectral:oas` (start-up included; number of results in parentheses).',
  "- Parse floor: `@stoplight/yaml-ast-parser` `load()` or `jsonc-parser` `parseTree()` in the benchmark's process, median of 7 runs.",
  "- All diagnostics, same work: from didOpen to the last publishDiagnostics before 1.5 s of quiet, both servers validating the OpenAPI schema (ours: the compiled OpenAPI 3.0 / Swagger 2.0 check, in the same pass as the API Gateway checks; yaml-language-server: the same official JSON schema). The floors: an empty LSP server (`bench/empty-server.mjs`, vscode-languageserver answering didOpen with no diagnostics: the transport) and a bare pass over every line in the benchmark's process (`measureLinePass` in `bench/floor.mjs`). Ours ÷ floor says how far we are above what nothing could beat.",
  '- "Twilio api_v2010.yaml + 2 schema errors": the Twilio spec with `operationId` misspelt `operationID` and one `in: path` changed to `in: pth` past its middle (`bench/schema-errors.mjs`).',
  '- RSS: VmRSS of the server process after the run, peak (VmHWM) in parentheses.',
  '- Start-up: from spawning the server to its answer to `initialize`. Ours primes its parser there, on a built-in sample, so that V8 has optimised it before the first document arrives (`server/src/service/prime/prime.ts`).',
  notes,
  '',
  renderVelocityMarkdown(velocity),
  '',
  templatesTable,
  ...(options.tools.includes('cfn-lint') ? ['', (await import('./cfn-lint.mjs')).compareWithCfnLint({ log })] : []),
  ...(fuzz ? ['', fuzz.markdown] : []),
].join('\n');

console.log(`\n${markdown}`);
const resultsDir = path.join(benchDir, 'results');
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(path.join(resultsDir, 'latest.md'), markdown + '\n');
fs.writeFileSync(
  path.join(resultsDir, 'latest.json'),
  JSON.stringify(
    {
      command,
      rows: rows.map(({ doc, ...rest }) => ({ file: doc.file, label: doc.label, lines: doc.lines, ...rest })),
      targets,
      schemaTargets,
      velocity,
      fuzz: fuzz?.totals,
    },
    null,
    2,
  ),
);
console.log(`\nbench: wrote bench/results/latest.md and latest.json`);

// The local API Gateway's throughput and latency (bench/gateway.mjs), after the language server's numbers.
await (await import('./gateway.mjs')).runGatewayBench();
