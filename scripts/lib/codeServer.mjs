// Starts code-server (VS Code's server and web workbench) on loopback, without auth, for one test run.
import { spawn } from 'node:child_process';
import { freePort, killGroup, pollUntil } from './processes.mjs';

/** `port` is optional (default: a free one). `exited` resolves with the exit code if code-server stops by itself. */
export async function startCodeServer({ entryScript, dirs, env, onOutput, port: requestedPort }) {
  const port = requestedPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const args = [
    entryScript,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    dirs.userDataDir,
    '--extensions-dir',
    dirs.extensionsDir,
    dirs.workspace,
  ];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.on('data', (d) => onOutput(String(d)));
  child.stderr.on('data', (d) => onOutput(String(d)));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  const stop = () => killGroup(child);
  try {
    await pollUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
        return fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
      },
      { timeoutMs: 60_000, what: `code-server did not answer at ${url}` },
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, stop, exited, pid: child.pid };
}

/** The workbench URL that runs the extension tests: the extension-test arguments travel as remote URIs. */
export function testWorkbenchUrl({ url, port, workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  return `${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
