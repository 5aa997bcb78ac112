// Spectral is a CLI: the benchmark times the whole process, as a user or CI job pays it (start-up included).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(benchDir, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const RULESET = path.join(benchDir, '.spectral.yaml');

/**
 * Runs `spectral lint` with the spectral:oas ruleset. Resolves (never rejects) with
 * { status: 'ok' | 'crashed' | 'timeout', ms, results?, detail? }.
 */
export function runSpectral(file, timeoutMs) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, 'lint', file, '--ruleset', RULESET, '--format', 'json', '--quiet'], {
      cwd: benchDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'crashed', detail: error.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      if (timedOut) return resolve({ status: 'timeout', ms });
      // Exit code 1 means "the file has findings", which is a normal outcome.
      if (code !== 0 && code !== 1)
        return resolve({
          status: 'crashed',
          ms,
          detail: `exit ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' ')}`,
        });
      let results;
      try {
        results = JSON.parse(Buffer.concat(stdout).toString('utf8') || '[]').length;
      } catch {
        results = undefined;
      }
      resolve({ status: 'ok', ms, results });
    });
  });
}
