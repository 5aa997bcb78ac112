/** The command line of `npm start`: help, and clear messages for bad options (before anything is started). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const start = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/start.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

describe('npm start: command line', () => {
  test('--help explains the options and starts nothing', () => {
    const run = start('--help');
    assert.equal(run.status, 0);
    for (const option of ['--aws', '--web', '--headless', '--port']) assert.match(run.stdout, new RegExp(option));
  });

  test('an unknown option or a bad port is refused with the usage', () => {
    const unknown = start('--bogus');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown option "--bogus"/);
    const port = start('--port', 'eighty');
    assert.equal(port.status, 2);
    assert.match(port.stderr, /--port wants a port number \(1-65535\), got "eighty"/);
    assert.match(port.stderr, /Usage: npm start/);
  });
});
