/**
 * Runs Apache Velocity 1.7 (the Maven project in test/server/service/velocity/oracle) on a batch of cases in one JVM.
 * The first run builds it; Maven fetches Velocity, commons-lang and jayway JsonPath from Maven Central into ~/.m2 once,
 * and later runs build offline. The build output (target/) is ignored by git.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TemplateRequest } from '../../../../server/src/service/velocity/index';

export interface OracleCase {
  id: string;
  template: string;
  request: TemplateRequest;
}
export interface OracleResult {
  id: string;
  ok: boolean;
  output?: string;
  error?: string;
  overrides?: { request: Record<string, Record<string, string>>; response: Record<string, unknown> };
}

const project = path.join(__dirname, 'oracle');
const target = path.join(project, 'target');
const classpathFile = path.join(target, 'classpath.txt');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function upToDate(): boolean {
  if (!fs.existsSync(classpathFile)) return false;
  const built = fs.statSync(classpathFile).mtimeMs;
  return built >= Math.max(fs.statSync(path.join(project, 'pom.xml')).mtimeMs, newestSource(path.join(project, 'src')));
}

/** Builds the oracle if its sources changed; returns the Java class path. */
export function buildOracle(): string {
  if (!upToDate()) {
    const args = ['-B', '-q', 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`];
    // Offline first (everything cached), then online for a first build on a new machine.
    let result = spawnSync('mvn', ['-o', ...args], { cwd: project, encoding: 'utf8' });
    if (result.status !== 0) result = spawnSync('mvn', args, { cwd: project, encoding: 'utf8' });
    if (result.error)
      throw new Error(
        `cannot run Maven (${result.error.message}): the Velocity oracle needs Java 17 and Maven; scripts/install-system-deps.sh installs them`,
      );
    if (result.status !== 0)
      throw new Error(
        `building the Velocity oracle failed (mvn ${args.join(' ')}):\n${result.stdout}\n${result.stderr}`,
      );
  }
  return [path.join(target, 'classes'), fs.readFileSync(classpathFile, 'utf8').trim()].join(path.delimiter);
}

/** Renders every case with Apache Velocity 1.7: one JVM, JSON lines in and out. */
export function runOracle(cases: OracleCase[]): Promise<Map<string, OracleResult>> {
  const classpath = buildOracle();
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-Xss4m', '-cp', classpath, 'studio.oracle.Oracle'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const results = new Map<string, OracleResult>();
      for (const line of out.split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as OracleResult;
        results.set(String(r.id), r);
      }
      if (results.size !== cases.length)
        reject(
          new Error(`the oracle answered ${results.size} of ${cases.length} cases (exit ${code}): ${err.slice(-2000)}`),
        );
      else resolve(results);
    });
    child.stdin.end(cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  });
}
