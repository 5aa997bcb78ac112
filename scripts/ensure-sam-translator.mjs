// Makes sure the pinned SAM transform (aws-sam-translator) is installed in moto's private virtualenv and prints the
// python to run it with. The SAM differential test (samTranslator.test.ts, beside
// test/server/service/validation/rules/template/samOracle/) uses it as the oracle for SAM template checks; it has its
// own stamp, so a clone whose virtualenv predates it gets it on the next run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { venvDir, venvPython } from './ensure-moto.mjs';

export const SAM_TRANSLATOR_VERSION = '1.115.0';

export function ensureSamTranslator({ quiet = false } = {}) {
  const stamp = path.join(venvDir, `.aws-sam-translator-${SAM_TRANSLATOR_VERSION}`);
  if (fs.existsSync(stamp) && fs.existsSync(venvPython)) return venvPython;
  const stdio = quiet ? 'ignore' : 'inherit';
  const python = process.env.PYTHON ?? 'python3';
  try {
    execFileSync(python, ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'Python 3 is needed for the SAM transform. Install it with: sudo apt-get install -y python3 python3-venv',
    );
  }
  fs.mkdirSync(path.dirname(venvDir), { recursive: true });
  if (!fs.existsSync(venvPython)) execFileSync(python, ['-m', 'venv', venvDir], { stdio });
  execFileSync(
    venvPython,
    ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', `aws-sam-translator==${SAM_TRANSLATOR_VERSION}`],
    { stdio },
  );
  fs.writeFileSync(stamp, new Date().toISOString());
  return venvPython;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureSamTranslator());
}
