// `node dist/cli.js serve` as a process: prints the base URL once it listens, serves requests, applies --stage
// and --stage-variable, reloads a saved definition, stops on SIGINT and SIGTERM, exits 2 on bad usage and 1 when
// the port is taken.
// Needs the bundle: run `node scripts/build.mjs` first (npm test does).
import assert from 'node:assert/strict';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { describe, it } from 'node:test';
import { call, fixtures } from '../gateway/support';

const root = path.resolve(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const definition = path.join(fixtures, 'cli-api.yaml');

function serve(args: string[]): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run node scripts/build.mjs first');
  const child = spawn(process.execPath, [cli, 'serve', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve printed no URL within 20 s; stderr: ${stderr}`));
    }, 20000);
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, url: line.trim(), exited });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening: ${stderr}`));
    });
  });
}

function run(args: string[]) {
  assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run node scripts/build.mjs first');
  return spawnSync(process.execPath, [cli, 'serve', ...args], { cwd: root, encoding: 'utf8', timeout: 20000 });
}

describe('node dist/cli.js serve', () => {
  it('prints the base URL, serves the API with the given stage and stage variables, and stops on SIGINT', async () => {
    const { child, url, exited } = await serve([
      definition,
      '--stage',
      'beta',
      '--stage-variable',
      'greeting=hello there',
      '--api-key',
      'k1',
    ]);
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/beta$/);
      const res = await call(`${url}/hello`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.json(), { greeting: 'hello there', stage: 'beta' });
      assert.equal((await call(`${url}/nowhere`)).status, 403);
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited, 0);
  });

  it('serves the definition again when it is saved', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-serve-'));
    const file = path.join(dir, 'api.yaml');
    fs.writeFileSync(file, fs.readFileSync(definition, 'utf8'));
    const { child, url, exited } = await serve([file, '--quiet', '--stage-variable', 'greeting=hi']);
    try {
      assert.equal((await call(`${url}/hello`)).json().greeting, 'hi');
      fs.writeFileSync(
        file,
        fs.readFileSync(definition, 'utf8').replace('"greeting": "$stageVariables.greeting"', '"greeting": "saved"'),
      );
      let greeting = '';
      for (let i = 0; i < 100 && greeting !== 'saved'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        greeting = (await call(`${url}/hello`)).json().greeting;
      }
      assert.equal(greeting, 'saved');
    } finally {
      child.kill('SIGINT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops on SIGTERM', async () => {
    const { child, exited } = await serve([definition, '--quiet']);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('exits 2 with the usage on bad usage', () => {
    for (const args of [
      [],
      ['--port', 'abc', definition],
      [definition, '--stage-variable', 'novalue'],
      [definition, '--bogus'],
      [definition, definition],
    ]) {
      const r = run(args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /usage: apigw serve DEFINITION/);
    }
  });

  it('exits 1 with a clear message when the file is not a definition', () => {
    const r = run([path.join(fixtures, 'functions', 'handlers.js')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /not an OpenAPI definition/);
  });

  it('exits 1 and proposes another port when the port is taken', async () => {
    const blocker = http.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = run([definition, '--port', String(port)]);
      assert.equal(r.status, 1);
      assert.match(
        r.stderr,
        new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use\\. Choose another port \\(for example \\d+\\)`),
      );
    } finally {
      blocker.close();
    }
  });
});
