/**
 * Starts a real moto server (AWS emulator) on 127.0.0.1 for tests, on a free port, and stops it afterwards.
 * The server is installed by scripts/ensure-moto.mjs into .vscode-test/moto-venv.
 */
import { spawn, ChildProcess, execFileSync } from 'node:child_process';
import net from 'node:net';
import { after, before } from 'node:test';
import path from 'node:path';
import { AwsConnection, createConnection } from '../../client/src/aws/connection';

const root = path.resolve(__dirname, '..', '..');

export interface MotoServer {
  endpoint: string;
  port: number;
  /** Clears all emulated state. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export const testCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };
export const testRegion = 'us-east-1';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function motoPython(): string {
  const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-moto.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop()!;
}

async function waitUntilUp(endpoint: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < deadlineMs) {
    if (child.exitCode !== null) throw new Error(`moto server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/`);
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto server did not answer at ${endpoint} within ${deadlineMs} ms`);
}

export async function startMoto(): Promise<MotoServer> {
  const python = motoPython();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  // moto reads the AWS identity variables too, and fails on a profile that does not exist: give it none.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^AWS_(PROFILE|DEFAULT_PROFILE|CONFIG_FILE|SHARED_CREDENTIALS_FILE)$/.test(k)));
  const child = spawn(python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  try {
    await waitUntilUp(endpoint, child, 30_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${(e as Error).message}\n${stderr}`);
  }
  return {
    endpoint,
    port,
    async reset() {
      await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
    },
    stop() {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      });
    },
  };
}

/**
 * For a `describe` block: starts moto before its tests and stops it after, with an AWS connection of the
 * extension's own (client/src/aws/connection.ts) pointed at it.
 */
export function motoConnection(): { readonly server: MotoServer; readonly connection: AwsConnection } {
  let server: MotoServer | undefined;
  let connection: AwsConnection | undefined;
  before(async () => {
    server = await startMoto();
    connection = createConnection({ endpoint: server.endpoint, region: testRegion, credentials: testCredentials });
  });
  after(async () => {
    connection?.dispose();
    await server?.stop();
  });
  return {
    get server() {
      return server!;
    },
    get connection() {
      return connection!;
    },
  };
}
