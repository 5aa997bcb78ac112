// Checks what `npm start` needs from the system before it starts anything: Python with venv for the emulator,
// ripgrep and a C toolchain for the first install of the browser-based VS Code. As root it installs what is
// missing with scripts/install-system-deps.sh; otherwise it stops with the exact command to run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const codeServerBuildPackages = [
  'ripgrep',
  'libkrb5-dev',
  'libx11-dev',
  'libxkbfile-dev',
  'libsecret-1-dev',
  'pkg-config',
  'build-essential',
];

function works(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const hasDpkg = () => works('dpkg', ['--version']);
const debianPackageMissing = (name) => !works('dpkg', ['-s', name]);

/** Debian package names that are missing for this run (empty when all is there or the system is not Debian). */
export function missingPackages({ emulator, codeServerInstalled }) {
  const missing = [];
  if (emulator && !works(process.env.PYTHON ?? 'python3', ['-c', 'import venv, ensurepip']))
    missing.push('python3', 'python3-venv', 'python3-pip');
  if (!codeServerInstalled && hasDpkg()) missing.push(...codeServerBuildPackages.filter(debianPackageMissing));
  return missing;
}

export function ensurePrerequisites({ root, emulator, codeServerInstalled, say }) {
  const missing = missingPackages({ emulator, codeServerInstalled });
  if (!missing.length) return;
  const script = path.join(root, 'scripts', 'install-system-deps.sh');
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync(script) && hasDpkg()) {
    say(`installing system packages: ${missing.join(' ')}…`);
    execFileSync('bash', [script], { stdio: 'inherit' });
    return;
  }
  throw new Error(
    `missing system packages: ${missing.join(' ')}\n` +
      `  install them with:  sudo apt-get install -y ${missing.join(' ')}\n` +
      `  (or everything the tests need too:  sudo bash scripts/install-system-deps.sh), then run npm start again.`,
  );
}
