// The local API Gateway's throughput and latency (`npm run bench:gateway`; `npm run bench` runs it last):
// requests per second and p50 / p99 latency on a MOCK route and on an HTTP_PROXY route to a local upstream,
// beside the upstream hit directly (the floor: no gateway can be faster than its backend). The gateway runs as
// `node dist/cli.js serve` and the upstream in a child process of its own; the load comes from this process over
// keep-alive connections. `sam local start-api` is measured too where Docker runs; it cannot run without one.
//
// Usage: node bench/gateway.mjs [--seconds N] [--concurrency N]   (npm run bench:gateway)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!(value > 0)) {
    console.error(`bench: ${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}

const UPSTREAM = String.raw`
const http = require('http');
const body = JSON.stringify({ id: 1, name: 'rex', tags: ['good', 'dog'] });
http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); });
}).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); });
`;

const DEFINITION = `openapi: 3.0.1
info: {title: Gateway bench, version: "1"}
paths:
  /mock:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: '{"status": "ok", "requestId": "$context.requestId"}'
  /proxy/{proxy+}:
    x-amazon-apigateway-any-method:
      parameters:
        - {name: proxy, in: path, required: true, schema: {type: string}}
      responses: {}
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: ANY
        uri: http://\${stageVariables.upstream}/{proxy}
        requestParameters:
          integration.request.path.proxy: method.request.path.proxy
`;

/** Starts a process and resolves with the first line it prints (its URL). */
function startProcess(args, label) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => reject(new Error(`${label} did not start: ${stderr}`)), 30000);
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, url: line.trim() });
    });
    child.on('exit', (code) => reject(new Error(`${label} exited with ${code}: ${stderr}`)));
  });
}

/** Keeps `concurrency` requests in flight for `seconds`; latencies in ms. */
async function load(url, seconds, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const once = () =>
    new Promise((resolve, reject) => {
      const started = process.hrtime.bigint();
      http
        .get(url, { agent }, (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200
              ? resolve(Number(process.hrtime.bigint() - started) / 1e6)
              : reject(new Error(`${url}: HTTP ${res.statusCode}`)),
          );
        })
        .on('error', reject);
    });
  for (let i = 0; i < 200; i++) await once();
  const latencies = [];
  const end = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) latencies.push(await once());
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requests: latencies.length, rps: latencies.length / elapsed, p50: pick(0.5), p99: pick(0.99) };
}

function dockerStatus() {
  const r = spawnSync('docker', ['info'], { encoding: 'utf8', timeout: 10000 });
  if (r.error) return 'no `docker` command on this machine';
  return r.status === 0 ? undefined : 'the Docker engine does not answer (`docker info` fails)';
}

export async function runGatewayBench() {
  const seconds = option('--seconds', 5);
  const concurrency = option('--concurrency', 8);
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js')))
    spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-gateway-bench-'));
  const definition = path.join(dir, 'api.yaml');
  fs.writeFileSync(definition, DEFINITION);
  const children = [];
  try {
    const upstream = await startProcess(['-e', UPSTREAM], 'upstream');
    children.push(upstream.child);
    const host = upstream.url.replace('http://', '');
    const gateway = await startProcess(
      ['dist/cli.js', 'serve', definition, '--quiet', '--stage', 'bench', '--stage-variable', `upstream=${host}`],
      'gateway',
    );
    children.push(gateway.child);
    const targets = [
      ['upstream directly (the floor)', `${upstream.url}/pets/1`],
      ['gateway, MOCK route (request and response templates)', `${gateway.url}/mock`],
      ['gateway, HTTP_PROXY route to the upstream', `${gateway.url}/proxy/pets/1`],
    ];
    const rows = [];
    for (const [label, url] of targets) {
      const r = await load(url, seconds, concurrency);
      rows.push({ label, ...r });
      console.log(
        `  ${label}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms (${r.requests} requests)`,
      );
    }
    const docker = dockerStatus();
    const cpus = os.cpus();
    const markdown = [
      '## Local gateway benchmark',
      '',
      `Date: ${new Date().toISOString()}  `,
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}  `,
      `Load: ${concurrency} requests in flight over keep-alive connections for ${seconds} s per target, after 200 warm-up requests; the gateway (\`node dist/cli.js serve\`), the upstream and the load generator are three processes on the same cores.`,
      '',
      '| target | requests/s | p50 ms | p99 ms |',
      '|---|---:|---:|---:|',
      ...rows.map((r) => `| ${r.label} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`),
      `| \`sam local start-api\` | ${docker ? `not measured: ${docker}; it runs every function in Docker` : 'not measured by this script'} | | |`,
    ].join('\n');
    console.log(`\n${markdown}`);
    const resultsDir = path.join(benchDir, 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, 'gateway.md'), markdown + '\n');
    console.log('\nbench: wrote bench/results/gateway.md');
  } finally {
    for (const child of children) child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await runGatewayBench();
