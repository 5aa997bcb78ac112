// Opens the examples in VS Code: the desktop `code` when it is on the PATH, otherwise VS Code in the browser
// (code-server, the same one the editor tests use, on 127.0.0.1 without a password).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer } from '../install-code-server.mjs';
import { startCodeServer } from '../lib/codeServer.mjs';
import { killGroup } from '../lib/processes.mjs';

export function findDesktopCode(env = process.env) {
  // Inside code-server's own terminal `code` is its remote CLI, which cannot open a development window.
  if (env.VSCODE_IPC_HOOK_CLI && !env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    const candidate = dir && path.join(dir, 'code');
    if (candidate && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * A new desktop window with the working tree as the extension under development. With the emulator it runs in
 * the session's own profile, so it gets the session's settings and environment even when VS Code is already
 * running; with --aws (`privateProfile` false) in the user's own, with their settings. `exited` resolves when
 * the window is closed.
 */
export function startDesktopCode({ code, root, workspace, session, env, privateProfile }) {
  const profile = privateProfile ? ['--user-data-dir', session.userDataDir, '--disable-workspace-trust'] : [];
  const args = ['--new-window', '--wait', ...profile, `--extensionDevelopmentPath=${root}`, workspace];
  const child = spawn(code, args, { env, stdio: 'ignore', detached: true });
  const exited = new Promise((resolve) => child.once('exit', (codeOrNull) => resolve(codeOrNull ?? 1)));
  return { editor: 'desktop', command: [code, ...args], exited, stop: () => killGroup(child), pid: child.pid };
}

export async function startWebEditor({ workspace, session, env, port, onOutput }) {
  const entryScript = ensureCodeServer();
  const server = await startCodeServer({
    entryScript,
    dirs: { userDataDir: session.userDataDir, extensionsDir: session.extensionsDir, workspace },
    env,
    onOutput,
    port,
  });
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
  return {
    editor: 'web',
    url,
    port: server.port,
    exited: server.exited,
    stop: server.stop,
    pid: server.pid,
    vscodeVersion: vscodeVersion(entryScript),
  };
}

function vscodeVersion(entryScript) {
  try {
    return JSON.parse(
      fs.readFileSync(path.join(path.dirname(entryScript), '..', '..', 'lib', 'vscode', 'package.json'), 'utf8'),
    ).version;
  } catch {
    return undefined;
  }
}
