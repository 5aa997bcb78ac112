/**
 * Rule fixtures: documents whose expected diagnostics are written in the document itself, as a comment at the
 * end of the line they belong to: `type: lambda  # <- enum-value`. Several codes: `# <- a, b`.
 * JSON fixtures carry the same markers in a sidecar `<name>.expect` file: one `line: code, code` per line.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Expectation {
  line: number;
  codes: string[];
}

export function readExpectations(file: string, text: string): Expectation[] {
  const sidecar = file.replace(/\.[^.]+$/, '.expect');
  if (fs.existsSync(sidecar)) {
    return fs
      .readFileSync(sidecar, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const [line, codes] = l.split(':');
        return {
          line: Number(line) - 1,
          codes: codes
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        };
      });
  }
  const out: Expectation[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /#\s*<-\s*([\w\-, ]+)\s*$/.exec(line);
    if (m)
      out.push({
        line: i,
        codes: m[1]
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
      });
  });
  return out;
}

export function listFixtures(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push(f);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The shared corpus sits beside the repository (../shared), in development and in CI. A clone made elsewhere from
 * a local checkout (`git clone /work/main /tmp/x`) finds it beside its origin; APIGW_SHARED_DIR overrides both.
 */
export const sharedDir = findSharedDir();

function findSharedDir(): string {
  if (process.env.APIGW_SHARED_DIR) return path.resolve(process.env.APIGW_SHARED_DIR);
  const repo = path.resolve(__dirname, '..', '..');
  const sibling = path.resolve(repo, '..', 'shared');
  if (fs.existsSync(sibling)) return sibling;
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
    const besideOrigin = path.isAbsolute(origin) ? path.resolve(origin, '..', 'shared') : undefined;
    if (besideOrigin && fs.existsSync(besideOrigin)) return besideOrigin;
  } catch {
    // Not a git checkout, or no origin: the tests that need the corpus report it missing.
  }
  return sibling;
}
