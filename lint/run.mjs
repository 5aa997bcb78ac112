// `npm run lint` (and a step of `npm test`): typescript-eslint with type information, then Prettier in check mode.
// `npm run format` (--fix): ESLint's fixes and Prettier's formatting written to the files.
// Installs lint/'s own packages first when they are missing or older than lint/package-lock.json.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const lintDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(lintDir, '..');
const fix = process.argv.includes('--fix');

function ensureInstalled() {
  const marker = path.join(lintDir, 'node_modules', '.package-lock.json');
  const lock = path.join(lintDir, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('Installing the linter (npm ci --prefix lint)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--prefix', lintDir, '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

function run(label, script, args) {
  console.log(`--- ${label}`);
  const result = spawnSync(process.execPath, [path.join(lintDir, 'node_modules', ...script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

ensureInstalled();
const eslint = run('eslint', ['eslint', 'bin', 'eslint.js'], ['--max-warnings', '0', ...(fix ? ['--fix'] : []), '.']);
const prettier = run(
  'prettier',
  ['prettier', 'bin', 'prettier.cjs'],
  [fix ? '--write' : '--check', '--log-level', 'warn', '.'],
);
if (eslint === 0 && prettier === 0) console.log('lint: clean');
process.exit(eslint || prettier);
