/**
 * The moto launcher's promise that no server outlives the process that started it, even when that process is
 * killed without running any stop hook (as a test runner or Stryker ends a test process).
 */
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

const launcher = path.resolve(__dirname, '../../../scripts/lib/moto.mjs');

test('a moto server ends when the process that started it is killed with SIGKILL', async () => {
  const script = [
    `const { startMoto } = await import(${JSON.stringify(launcher)});`,
    'const moto = await startMoto();',
    'console.log(moto.endpoint);',
    "process.kill(process.pid, 'SIGKILL');",
  ].join('\n');
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  assert.equal(signal, 'SIGKILL');
  const endpoint = output.trim();
  assert.match(endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
  // The server notices its closed input at once; wait for the port to stop answering rather than for a set time.
  for (;;) {
    const answered = await fetch(`${endpoint}/moto-api/`).then(
      () => true,
      () => false,
    );
    if (!answered) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
