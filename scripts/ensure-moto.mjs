// Makes sure a pinned moto server is installed in a private virtualenv and prints the python to run it with.
// Used by the AWS tests, the editor tests and `npm start`; CI calls it too, so a fresh machine needs only Python 3.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MOTO_VERSION = '5.2.3';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A mutation run's sandbox (a copy of the tree without .vscode-test) is pointed at the tree's own virtualenv by
// APIGW_MOTO_VENV (scripts/mutation/run.mjs), instead of installing moto again for every run.
export const venvDir = process.env.APIGW_MOTO_VENV ?? path.join(root, '.vscode-test', 'moto-venv');
export const venvPython = path.join(venvDir, 'bin', 'python');

export function ensureMoto({ quiet = false } = {}) {
  const stamp = path.join(venvDir, `.moto-${MOTO_VERSION}`);
  if (fs.existsSync(stamp) && fs.existsSync(venvPython)) return venvPython;
  const stdio = quiet ? 'ignore' : 'inherit';
  const python = process.env.PYTHON ?? 'python3';
  try {
    execFileSync(python, ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `Python 3 is needed for the local AWS emulator (moto). Install it with: sudo apt-get install -y python3 python3-venv`,
    );
  }
  fs.mkdirSync(path.dirname(venvDir), { recursive: true });
  if (!fs.existsSync(venvPython)) execFileSync(python, ['-m', 'venv', venvDir], { stdio });
  execFileSync(
    venvPython,
    ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', `moto[server]==${MOTO_VERSION}`],
    { stdio },
  );
  fs.writeFileSync(stamp, new Date().toISOString());
  return venvPython;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureMoto());
}
