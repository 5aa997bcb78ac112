// Runs the editor test suites (every test/**/*.editor.test.ts) inside a real VS Code without internet: code-server from
// the npm registry serves VS Code, Debian's Chromium shows its workbench, a moto server plays AWS. Ends with exactly
// one line "editor: N passed, M failed"; exits 0 only if all passed and N > 0. Env: APIGW_EDITOR_TIMEOUT_MS (default
// 600000), APIGW_EDITOR_VERBOSE=1 (also print code-server's and the workbench's own logs).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from '../../scripts/install-code-server.mjs';
import { openTestWorkbench } from './lib/browser.mjs';
import { startCodeServer, testWorkbenchUrl } from '../../scripts/lib/codeServer.mjs';
import { withoutAwsIdentity } from '../../scripts/lib/awsEnvironment.mjs';
import { startMoto } from '../../scripts/lib/moto.mjs';
import { prepareRunDirs } from './lib/workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const timeoutMs = Number(process.env.APIGW_EDITOR_TIMEOUT_MS ?? 600_000);
const verbose = process.env.APIGW_EDITOR_VERBOSE === '1';
const suiteEntry = path.join(root, 'out', 'test', 'editor', 'suite', 'index.js');
const screenshotDir = path.join(root, 'test-artifacts', 'screenshots');
const resultsMarker = /\[\[apigw-results:(\d+):(\d+)\]\]/;
// Known, harmless noise of an offline workbench (telemetry and marketplace hosts, the missing vsda module).
const noise =
  /ENOTFOUND|EAI_AGAIN|vsda|open-vsx|marketplace|update\.code\.visualstudio|Failed to fetch|\[driver\]|connection token|Creating a socket|Service Worker|ChatSessionStore|builtin extensions cache/i;

const started = Date.now();
const cleanups = [];
let results;
let finished = false;

function say(line) {
  console.log(`[editor] ${line}`);
}

async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (e) {
      say(`cleanup: ${e.message}`);
    }
  }
}

async function finish(code, reason) {
  if (finished) return;
  finished = true;
  if (reason) say(reason);
  // Stopping is bounded too: a process that does not go away must not keep the summary from being printed.
  const cleanupDeadline = new Promise((resolve) =>
    setTimeout(() => resolve(say('cleanup did not finish within 20 s')), 20_000).unref(),
  );
  await Promise.race([cleanup(), cleanupDeadline]);
  const passed = results?.passed ?? 0;
  // A run that crashed, timed out or failed outside any test counts as (at least) one failure.
  const failed = Math.max(results?.failed ?? 1, code === 0 ? 0 : 1);
  if (fs.existsSync(screenshotDir) && fs.readdirSync(screenshotDir).some((f) => f.endsWith('.png')))
    say(`screenshots: ${path.relative(root, screenshotDir)}/`);
  say(`took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`editor: ${passed} passed, ${failed} failed`);
  process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void finish(1, `stopped by ${signal}`));
const overall = setTimeout(() => void finish(1, `timed out after ${Math.round(timeoutMs / 1000)} s`), timeoutMs);

function relay(level, message) {
  const marker = resultsMarker.exec(message);
  if (marker) results = { passed: Number(marker[1]), failed: Number(marker[2]) };
  if (!verbose && noise.test(message)) return;
  for (const line of message.replace(/\s+$/, '').split('\n'))
    console.log(level === 'error' ? `  ! ${line}` : `  ${line}`);
}

function extensionHostEnv(moto, dirs) {
  const env = { ...process.env };
  // Variables of a surrounding VS Code (when run from its terminal) would redirect this one.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  return {
    ...withoutAwsIdentity(env),
    APIGW_TEST_MOTO_ENDPOINT: moto.endpoint,
    APIGW_TEST_SCREENSHOT_DIR: screenshotDir,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: dirs.awsConfigFile,
    AWS_SHARED_CREDENTIALS_FILE: dirs.awsCredentialsFile,
  };
}

async function main() {
  if (
    !fs.existsSync(path.join(root, 'dist', 'client.js')) ||
    !fs.existsSync(path.join(root, 'dist', 'server.js')) ||
    !fs.existsSync(suiteEntry)
  ) {
    say('building (dist or out missing)…');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  }
  const entryScript = ensureCodeServer();
  fs.rmSync(screenshotDir, { recursive: true, force: true });

  const moto = await startMoto();
  cleanups.push(moto.stop);
  const dirs = prepareRunDirs(path.join(root, 'test', 'editor', 'workspace'), { motoEndpoint: moto.endpoint });
  cleanups.push(async () => dirs.remove());

  const serverLog = [];
  const server = await startCodeServer({
    entryScript,
    dirs,
    env: extensionHostEnv(moto, dirs),
    onOutput: (text) => {
      if (verbose) process.stdout.write(text.replace(/^/gm, '  [code-server] '));
      serverLog.push(text);
      if (serverLog.length > 200) serverLog.shift();
    },
  });
  cleanups.push(server.stop);
  say(`VS Code ${vscodeVersion(entryScript)} (code-server) at ${server.url}, moto at ${moto.endpoint}`);

  const url = testWorkbenchUrl({
    url: server.url,
    port: server.port,
    workspace: dirs.workspace,
    extensionDevelopmentPath: root,
    extensionTestsPath: suiteEntry,
  });
  const workbench = await openTestWorkbench({ url, screenshotDir, onLog: relay });
  cleanups.push(workbench.close);
  const code = await workbench.exitCode;
  if (code !== 0 && !results)
    say(`the test run failed before reporting results; last code-server output:\n${serverLog.join('').slice(-4000)}`);
  clearTimeout(overall);
  await finish(code);
}

function vscodeVersion(entryScript) {
  try {
    const pkg = path.join(path.dirname(entryScript), '..', '..', 'lib', 'vscode', 'package.json');
    return JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
  } catch {
    return '?';
  }
}

main().catch((e) => finish(1, `error: ${e.stack ?? e.message}`));
