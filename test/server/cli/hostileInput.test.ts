/**
 * The bundled command-line checker (dist/cli.js) on hostile input: it ends, with 1 only when it found errors and
 * 2 when it could not check. Run as a user would, in a child process.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { aliasBomb, deepJson, definitionWithRefs } from '../../support/hostile';

const root = path.resolve(__dirname, '..', '..', '..');
const cliPath = path.join(root, 'dist', 'cli.js');
const posix = process.platform !== 'win32';

function runCli(...args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, signal: r.signal, out: r.stdout + r.stderr };
}

describe('apigw-check on hostile input', () => {
  let dir: string;
  before(() => {
    if (!fs.existsSync(cliPath)) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  test('an alias bomb: one syntax error, exit 1, no crash', () => {
    const r = runCli(write('bomb.yaml', aliasBomb(10)));
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /error syntax: Aliases here expand/);
  });

  test('JSON nested 10,000 deep: a syntax error, exit 1, no crash', () => {
    const r = runCli(write('deep.json', deepJson(10_000)));
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /error syntax: Nesting deeper than 400 levels/);
  });

  test('a broken local $ref among unreadable ones: each reported, exit 1', { skip: !posix && 'POSIX devices' }, () => {
    const r = runCli(
      write(
        'refs.yaml',
        definitionWithRefs(['/dev/zero', './a%zz.yaml', '//host:1/x', '.', '#/components/parameters/Missing']),
      ),
    );
    assert.equal(r.status, 1, r.out);
    for (const expected of [
      /system file/,
      /a%zz\.yaml' does not name a local file/,
      /'\/\/host:1\/x' is not a valid relative URI/,
      /'\.' is a directory/,
      /'#\/components\/parameters\/Missing' points at nothing/,
    ])
      assert.match(r.out, expected);
  });

  test('a FIFO named on the command line is refused, not waited on', { skip: !posix && 'FIFOs' }, () => {
    const fifo = path.join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const r = runCli(fifo);
    // Input that cannot be read exits 2 (apigw-check's contract), with the reason.
    assert.equal(r.status, 2, r.out);
    assert.match(r.out, /pipe\.yaml: is not a regular file/);
  });

  test('a crash exits 2 with a message, never 1', () => {
    // The CLI's own crash guard, around a command that throws where nothing catches it.
    const script = `require(${JSON.stringify(path.join(root, 'server', 'src', 'cli', 'safeInput.ts'))}).exitOnCrash('apigw-check'); setTimeout(() => { throw new RangeError('Maximum call stack size exceeded'); });`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /apigw-check: internal error, the check did not finish: RangeError: Maximum call stack/);
  });
});
