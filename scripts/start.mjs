// `npm start`: builds the extension and opens it in a real VS Code on the examples/ workspace, next to a local
// AWS emulator (moto) seeded with a deployed REST and HTTP API, so the tree, deploy, test invoke and log tail all
// work without an AWS account. Ctrl-C (or SIGTERM) stops everything it started. See `node scripts/start.mjs --help`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, usage } from './start/args.mjs';
import { ensurePrerequisites } from './start/prerequisites.mjs';
import { awsIdentityVariables, createSession, editorEnv } from './start/session.mjs';
import { findDesktopCode, startDesktopCode, startWebEditor } from './start/editor.mjs';
import {
  entryScript as codeServerEntry,
  cacheDir as codeServerCache,
  CODE_SERVER_VERSION,
  ensureCodeServer,
} from './install-code-server.mjs';
import { ensureMoto } from './ensure-moto.mjs';
import { ensureNodeModules } from './bootstrap.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = path.join(root, 'examples');
const started = Date.now();
const say = (line) => console.log(`[start] ${line}`);

// The AWS SDK warns about Node 20 on first use; it says nothing about this session.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`npm start: ${e.message}\n\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

// What to stop, in the order started (stopped newest first); `killNow` holds what the 'exit' handler, which
// cannot wait, kills outright if a graceful stop did not happen or did not finish.
const stoppers = [];
const killNow = [];
let stopping;

function stopAll(code, reason) {
  stopping ??= (async () => {
    if (reason) say(reason);
    const graceful = (async () => {
      while (stoppers.length)
        await stoppers
          .pop()()
          .catch((e) => say(`while stopping: ${e.message}`));
      return true;
    })();
    const finished = await Promise.race([
      graceful,
      new Promise((resolve) => setTimeout(() => resolve(false), 15_000).unref()),
    ]);
    // Process groups that are gone are not signalled again (their ids could be reused by then).
    if (finished) killNow.length = 0;
    else say('some processes did not stop within 15 s; killing them');
    say('stopped');
    process.exit(code);
  })();
  return stopping;
}

let signals = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // A second Ctrl-C does not wait for a graceful stop.
    if (++signals > 1) {
      for (const kill of killNow.splice(0)) kill();
      process.exit(130);
    }
    void stopAll(0, `${signal}: stopping…`);
  });
}
process.on('exit', () => {
  for (const kill of killNow.splice(0)) kill();
});

function killGroupNow(pid) {
  return () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function main() {
  // A fresh clone: the build needs the npm dependencies first.
  ensureNodeModules();
  const desktopCode = options.web ? undefined : findDesktopCode();
  const useEmulator = !options.aws;
  // Emulator mode never uses the user's AWS setup; moto itself fails on a profile it cannot find (AWS_PROFILE).
  if (useEmulator) for (const key of awsIdentityVariables) delete process.env[key];
  const codeServerInstalled =
    fs.existsSync(path.join(codeServerCache, `.installed-${CODE_SERVER_VERSION}`)) && fs.existsSync(codeServerEntry);
  ensurePrerequisites({ root, emulator: useEmulator, codeServerInstalled: codeServerInstalled || !!desktopCode, say });
  if (options.port !== undefined && !(await portIsFree(options.port)))
    throw new Error(`port ${options.port} is in use; choose another with --port, or leave it out for a free one`);

  // Installs first (each once per machine), so a failure leaves nothing running and nothing blocks later.
  if (useEmulator) ensureMoto();
  if (!desktopCode) {
    if (!codeServerInstalled)
      say(`installing VS Code for the browser (code-server ${CODE_SERVER_VERSION}) once; this takes a minute or two…`);
    ensureCodeServer();
  }

  if (options.build) {
    say('building the extension…');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  }

  let emulator;
  if (useEmulator) {
    say('starting the local AWS emulator (moto) and deploying the examples to it…');
    const { startEmulator } = await import('./start/emulator.mjs');
    emulator = await startEmulator({ root, say });
    stoppers.push(emulator.stop);
    killNow.push(emulator.stopNow);
    say(`emulator at ${emulator.endpoint}: REST API ${emulator.seeded.rest.id}, HTTP API ${emulator.seeded.http.id}`);
  } else {
    say('--aws: using your own AWS credentials and profile (no emulator)');
  }

  const session = createSession({
    root,
    emulator: emulator && { endpoint: emulator.endpoint, region: emulator.region },
  });
  stoppers.unshift(async () => session.remove());
  const env = editorEnv(session, emulator && { region: emulator.region });

  let editor;
  if (desktopCode) {
    say(`opening VS Code (${desktopCode})…`);
    editor = startDesktopCode({
      code: desktopCode,
      root,
      workspace: examplesDir,
      session,
      env,
      privateProfile: useEmulator,
    });
  } else {
    const log = [];
    editor = await startWebEditor({
      root,
      workspace: examplesDir,
      session,
      env,
      port: options.port,
      onOutput: (text) => {
        log.push(text);
        if (log.length > 100) log.shift();
        if (process.env.APIGW_START_VERBOSE === '1') process.stdout.write(text.replace(/^/gm, '  [code-server] '));
      },
    });
    editor.recentOutput = () => log.join('').slice(-3000);
  }
  stoppers.push(editor.stop);
  if (editor.pid) killNow.push(killGroupNow(editor.pid));
  editor.exited.then((code) => {
    if (stopping) return;
    const detail = editor.recentOutput ? `; its last output:\n${editor.recentOutput()}` : '';
    void stopAll(
      editor.editor === 'desktop' ? 0 : 1,
      editor.editor === 'desktop' ? 'VS Code was closed' : `VS Code (code-server) exited with code ${code}${detail}`,
    );
  });

  const ready = {
    editor: editor.editor,
    url: editor.url,
    workspace: examplesDir,
    vscodeVersion: editor.vscodeVersion,
    emulator: emulator
      ? {
          endpoint: emulator.endpoint,
          region: emulator.region,
          restApiId: emulator.seeded.rest.id,
          httpApiId: emulator.seeded.http.id,
          stages: { rest: emulator.seeded.rest.stages, http: emulator.seeded.http.stages },
          logGroups: emulator.seeded.logGroups,
        }
      : undefined,
    pid: process.pid,
    startMs: Date.now() - started,
  };
  printWelcome(ready);
  // For scripts and tests; a person at a terminal has the text above.
  if (options.headless || !process.stdout.isTTY) console.log(`apigw-start: ready ${JSON.stringify(ready)}`);
}

function printWelcome(ready) {
  const lines = [''];
  if (ready.url)
    lines.push(
      `  Open ${ready.url}`,
      '  in a browser on this machine (for a remote machine, forward the port, e.g. ssh -L).',
    );
  else lines.push('  VS Code opened in a new window; closing it ends this session.');
  lines.push(
    '',
    '  examples/README.md (opened first) says what to try: the underlined mistakes, completion, hover,',
    '  the "API Gateway" view in the activity bar (deployed APIs), Deploy Stage…, Test Invoke…, Tail Logs….',
  );
  if (ready.emulator)
    lines.push(
      `  AWS: a local emulator at ${ready.emulator.endpoint} (${ready.emulator.region}); no AWS account is used.`,
    );
  else lines.push('  AWS: your own credentials and profile (API Gateway: Select AWS Profile… to change).');
  lines.push(`  Started in ${(ready.startMs / 1000).toFixed(1)} s. Press Ctrl-C to stop everything.`, '');
  console.log(lines.join('\n'));
}

main().catch((e) => stopAll(1, `error: ${e.message}`));
