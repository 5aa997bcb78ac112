/**
 * `node dist/cli.js render TEMPLATE --request REQUEST.json`, run as users run it: the built CLI in a child process.
 * Output only on stdout; problems on stderr with line:col; exit 0, 1 (the template fails), 2 (usage).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';

const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-render-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'render', ...args], { encoding: 'utf8' });

describe('cli render', () => {
  before(() => {
    if (!fs.existsSync(cli) || !fs.readFileSync(cli, 'utf8').includes('runRender'))
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
  });

  test('prints the rendered template and nothing else', () => {
    const template = write(
      'ok.vtl',
      '#set($root = $input.path(\'$\'))\n{"name": "$root.name", "twice": #set($x = $root.n * 2)$x, "id": "$input.params(\'id\')", "stage": "$context.stage", "env": "$stageVariables.env"}\n',
    );
    const request = write(
      'request.json',
      JSON.stringify({
        body: '{"name": "Ada", "n": 21}',
        path: { id: '7' },
        headers: { Accept: '*/*' },
        query: {},
        stageVariables: { env: 'prod' },
        context: { stage: 'dev' },
      }),
    );
    const r = run(template, '--request', request);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '{"name": "Ada", "twice": 42, "id": "7", "stage": "dev", "env": "prod"}\n');
    assert.equal(r.stderr, '');
  });

  test('without a request file the template sees an empty request', () => {
    const r = run(write('empty.vtl', '$input.body|$input.params("x")|$context.stage'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '{}||');
  });

  test('a syntax error: line:col on stderr, nothing on stdout, exit 1', () => {
    const file = write('bad.vtl', 'line\n  #foreach($i in [1..2])\n$i\n');
    const r = run(file);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`${file.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}:2:3: error: .*#foreach.*#end`));
  });

  test('a run-time failure exits 1 too', () => {
    const r = run(write('throws.vtl', '$util.base64Decode("*not base64*")'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /:1:1: error: .*base64/);
  });

  test('--help prints the usage and exits 0', () => {
    const r = run('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /usage: apigw render TEMPLATE_FILE/);
  });

  test('usage errors exit 2 with a message', () => {
    assert.equal(run().status, 2);
    assert.equal(run(path.join(dir, 'missing.vtl')).status, 2);
    const template = write('t.vtl', 'x');
    assert.equal(run(template, '--request').status, 2);
    assert.equal(run(template, '--nope').status, 2);
    const badJson = run(template, '--request', write('bad.json', '{body:'));
    assert.equal(badJson.status, 2);
    assert.match(badJson.stderr, /not valid JSON/);
    const badShape = run(template, '--request', write('shape.json', '{"headers": {"a": {"b": 1}}}'));
    assert.equal(badShape.status, 2);
    assert.match(badShape.stderr, /headers\.a/);
  });
});
