/**
 * Runs `node scripts/start.mjs --headless` for the start test: waits for its ready line with a deadline, and
 * knows every process it started, so the test can check that all of them are gone after Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const readyLine = /^apigw-start: ready (\{.*\})$/m;

export interface ReadyInfo {
  editor: 'web' | 'desktop';
  /** The web editor's URL; undefined for the desktop editor. */
  url: string;
  workspace: string;
  vscodeVersion?: string;
  emulator: {
    endpoint: string;
    region: string;
    restApiId: string;
    httpApiId: string;
    stages: { rest: string[]; http: string[] };
    logGroups: { execution: string; restAccess: string; httpAccess: string; lambda: string };
  };
  pid: number;
  startMs: number;
}

export interface StartedSession {
  child: ChildProcess;
  ready: ReadyInfo;
  output: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export function startHeadless(timeoutMs: number): Promise<StartedSession> {
  return startSession(['--headless'], process.env, timeoutMs);
}

/** `node scripts/start.mjs ...args`; resolves at its ready line. */
export async function startSession(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<StartedSession> {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, APIGW_START_HEADLESS: undefined },
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const ready = await new Promise<ReadyInfo>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ready line within ${timeoutMs / 1000} s; output:\n${output.slice(-4000)}`)),
      timeoutMs,
    );
    const onData = (d: Buffer) => {
      output += String(d);
      const match = readyLine.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(JSON.parse(match[1]) as ReadyInfo);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (output += String(d)));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`start.mjs exited (${code}) before it was ready; output:\n${output.slice(-4000)}`));
    });
  });
  return { child, ready, output: () => output, exited };
}

/** Every process below `pid` (children, grandchildren, … in any process group), from /proc. */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, …
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      /* gone meanwhile */
    }
  }
  const found: number[] = [];
  let frontier = [pid];
  while (frontier.length) {
    const next = [...parentOf].filter(([, ppid]) => frontier.includes(ppid)).map(([child]) => child);
    found.push(...next);
    frontier = next;
  }
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    const state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return state.slice(state.lastIndexOf(')') + 2, state.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls `check` until it holds; throws `what` after the deadline (never a fixed sleep). */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
