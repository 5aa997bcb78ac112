// Installs a real VS Code for the offline editor tests: code-server (VS Code's server + web workbench) from the
// npm registry, into .vscode-test/code-server/. Its postinstall downloads ripgrep from GitHub and refuses to run
// as root, so it is skipped and its work done here by hand (see test/editor/README.md).
// Idempotent: a stamp file makes the second run instant. Prints the path of code-server's entry script.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The newest code-server whose engines.node is 20 (later releases want Node 22+).
export const CODE_SERVER_VERSION = '4.100.3';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = path.join(root, '.vscode-test', 'code-server');
const packageDir = path.join(cacheDir, 'node_modules', 'code-server');
export const entryScript = path.join(packageDir, 'out', 'node', 'entry.js');
const vscodeDir = path.join(packageDir, 'lib', 'vscode');
const stamp = path.join(cacheDir, `.installed-${CODE_SERVER_VERSION}`);

const nativeModules = [
  'kerberos',
  '@parcel/watcher',
  '@vscode/spdlog',
  'native-watchdog',
  'node-pty',
  '@vscode/deviceid',
];
const debianPackages = 'libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep build-essential';

function log(message) {
  console.error(`[code-server] ${message}`);
}

function run(cmd, args, cwd) {
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' },
  });
}

function npm(args, cwd) {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, cwd);
}

function findNodeGyp() {
  const npmRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim();
  const candidates = [
    path.join(path.dirname(npmRoot), 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    '/usr/share/nodejs/node-gyp/bin/node-gyp.js',
  ];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`npm's bundled node-gyp was not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** node-gyp cannot download Node's headers here, so they must be installed next to node (prefix /usr or similar). */
function findNodeDir() {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  const header = path.join(prefix, 'include', 'node', 'node_version.h');
  if (!fs.existsSync(header)) {
    throw new Error(
      `Node's C headers are missing (${header}); they are needed to build VS Code's native modules. Install Node with its headers (e.g. the nodesource package) so that ${path.dirname(header)} exists.`,
    );
  }
  const text = fs.readFileSync(header, 'utf8');
  const version = ['MAJOR', 'MINOR', 'PATCH']
    .map((k) => text.match(new RegExp(`define NODE_${k}_VERSION (\\d+)`))?.[1])
    .join('.');
  if (`v${version}` !== process.version)
    throw new Error(`Node's headers in ${prefix}/include/node are for v${version}, but node is ${process.version}`);
  return prefix;
}

function findRipgrep() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'rg');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error(
    `ripgrep (rg) is not installed; run: sudo bash scripts/install-system-deps.sh (needs: ${debianPackages})`,
  );
}

function symlink(target, linkPath) {
  fs.rmSync(linkPath, { force: true, recursive: true });
  fs.symlinkSync(target, linkPath);
}

export function ensureCodeServer() {
  if (fs.existsSync(stamp) && fs.existsSync(entryScript)) return entryScript;
  // Two test runs on a fresh machine must not install into the same folder at once.
  const release = lock();
  try {
    if (fs.existsSync(stamp) && fs.existsSync(entryScript)) return entryScript;
    install();
    return entryScript;
  } finally {
    release();
  }
}

function lock() {
  const lockFile = `${cacheDir}.lock`;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const holder = Number(fs.readFileSync(lockFile, 'utf8'));
    if (!isAlive(holder)) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`another process (pid ${holder}) has been installing code-server for 15 minutes (${lockFile})`);
    log(`waiting for pid ${holder}, which is installing code-server…`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  }
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function install() {
  const started = Date.now();
  const nodeDir = findNodeDir();
  const nodeGyp = findNodeGyp();
  const rg = findRipgrep();

  fs.mkdirSync(cacheDir, { recursive: true });
  // Its own package.json so npm does not walk up into the repository's.
  fs.writeFileSync(
    path.join(cacheDir, 'package.json'),
    JSON.stringify({ name: 'code-server-cache', private: true }, null, 2),
  );
  // Without the stamp, an earlier install did not finish: start again from a clean folder.
  fs.rmSync(path.join(cacheDir, 'node_modules'), { recursive: true, force: true });
  log(`installing code-server@${CODE_SERVER_VERSION} from the npm registry (about 180 MB)…`);
  npm(
    [
      'install',
      '--no-save',
      '--ignore-scripts',
      '--omit=dev',
      '--no-package-lock',
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    cacheDir,
  );

  log('installing VS Code server dependencies…');
  npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  for (const mod of nativeModules) {
    const dir = path.join(vscodeDir, 'node_modules', mod);
    if (!fs.existsSync(dir)) continue;
    log(`building native module ${mod}…`);
    // `npm rebuild` would call `npx node-gyp`, which wants the network; npm's own node-gyp with local headers works.
    run(process.execPath, [nodeGyp, 'rebuild', `--nodedir=${nodeDir}`, '--jobs=max', '--loglevel=error'], dir);
  }

  symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  symlink(rg, path.join(rgBin, 'rg'));
  symlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  symlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  log("installing built-in extensions' dependencies…");
  npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions'));

  log('building argon2…');
  npm(['rebuild', 'argon2', `--nodedir=${nodeDir}`], cacheDir);

  fs.writeFileSync(stamp, new Date().toISOString());
  log(`ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureCodeServer());
  } catch (e) {
    console.error(`[code-server] install failed: ${e.message}`);
    process.exit(1);
  }
}
