// Makes a fresh clone ready to build, test and start: Debian packages (as root; otherwise prints the exact
// command), then npm dependencies when node_modules is missing or older than package-lock.json.
// Uses only Node's standard library, because it runs before anything is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function systemPackagesMissing() {
  const script = fs.readFileSync(path.join(root, 'scripts', 'install-system-deps.sh'), 'utf8');
  const list = /packages=\(([^)]*)\)/.exec(script)?.[1].trim().split(/\s+/) ?? [];
  return list.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
}

export function ensureSystemPackages() {
  if (spawnSync('dpkg', ['--version'], { stdio: 'ignore' }).status !== 0) return; // not Debian: nothing to do here
  const missing = systemPackagesMissing();
  if (missing.length === 0) return;
  if (process.getuid?.() === 0) {
    console.log(`Installing Debian packages: ${missing.join(' ')}`);
    execFileSync('bash', [path.join(root, 'scripts', 'install-system-deps.sh')], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.warn(
      `Missing Debian packages: ${missing.join(' ')}\nInstall them with:\n  sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`,
    );
  }
}

export function ensureNodeModules() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('Installing npm dependencies (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

export function bootstrap() {
  ensureSystemPackages();
  ensureNodeModules();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) bootstrap();
