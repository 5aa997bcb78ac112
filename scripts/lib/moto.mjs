// Starts the moto AWS emulator on 127.0.0.1 and a free port: the one launcher for `npm start`, the editor tests
// and the AWS tests (test/support/moto.ts). moto is installed by scripts/ensure-moto.mjs into a private virtualenv.
import { spawn } from 'node:child_process';
import { ensureMoto } from '../ensure-moto.mjs';
import { withoutAwsIdentity } from './awsEnvironment.mjs';
import { freePort, killGroup, pollUntil } from './processes.mjs';

// Runs moto's server, and ends it as soon as its standard input reaches end of file. A process killed with SIGKILL or
// ended by a test runner (Stryker ends a mutant's test process at its first failure) never runs its stop hooks, and
// moto runs in its own process group, so without this each such end left a moto server behind.
const EXIT_WITH_PARENT = [
  'import os, sys, threading, runpy',
  'def watch():',
  '    while sys.stdin.buffer.read(65536): pass',
  '    os._exit(0)',
  'threading.Thread(target=watch, daemon=True).start()',
  "sys.argv = ['moto.server'] + sys.argv[1:]",
  "runpy.run_module('moto.server', run_name='__main__', alter_sys=True)",
].join('\n');

export async function startMoto() {
  const python = ensureMoto();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  // moto reads the AWS identity variables too, and fails on a profile that does not exist: give it none.
  const env = withoutAwsIdentity(process.env);
  const child = spawn(python, ['-c', EXIT_WITH_PARENT, '-H', '127.0.0.1', '-p', String(port)], {
    // stdin is a pipe from this process: when this process ends, however it ends, the pipe closes and moto exits.
    stdio: ['pipe', 'ignore', 'pipe'],
    detached: true,
    env,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const stop = () => killGroup(child);
  try {
    await pollUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`moto server exited with code ${child.exitCode}\n${stderr}`);
        return fetch(`${endpoint}/moto-api/`).then(
          (r) => r.status < 500,
          () => false,
        );
      },
      { timeoutMs: 30_000, what: `moto server did not answer at ${endpoint}` },
    );
  } catch (e) {
    await stop();
    throw e;
  }
  /** For process 'exit' handlers, which cannot wait. */
  const stopNow = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const reset = async () => {
    await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  };
  return { endpoint, port, reset, stop, stopNow };
}
