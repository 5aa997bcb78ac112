/**
 * `npm start` with a desktop VS Code on the PATH. The `code` here is a stand-in script (no desktop VS Code on
 * this machine): it records the arguments and environment it was started with and "closes its window" when the
 * test says so. What is checked is what start.mjs hands to `code`, and that closing the window ends the session.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { acceptsConnections, startSession, waitUntil, type StartedSession } from './startProcess';

const root = path.resolve(__dirname, '..', '..');
const fakeCode = `#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_CODE_DIR/args"
# Written whole, then renamed: the test waits for the file to exist.
env > "$FAKE_CODE_DIR/env.part" && mv "$FAKE_CODE_DIR/env.part" "$FAKE_CODE_DIR/env"
# Blocks until the test writes a line: the window is closed.
read line < "$FAKE_CODE_DIR/close"
`;

function fakeCodeDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-fake-code-'));
  fs.writeFileSync(path.join(dir, 'code'), fakeCode, { mode: 0o755 });
  execFileSync('mkfifo', [path.join(dir, 'close')]);
  return dir;
}

function envFor(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dir}${path.delimiter}${process.env.PATH}`,
    FAKE_CODE_DIR: dir,
    DISPLAY: ':99',
    AWS_PROFILE: 'someones-real-profile',
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

const readLines = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n');
const valueAfter = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

async function stop(session: StartedSession | undefined): Promise<void> {
  if (!session || session.child.exitCode !== null) return;
  session.child.kill('SIGTERM');
  await Promise.race([session.exited, new Promise((r) => setTimeout(r, 20_000).unref())]);
}

describe('npm start with a desktop `code` on the PATH (stand-in script)', { timeout: 180_000 }, () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  describe('with the emulator', () => {
    let dir: string;
    let session: StartedSession;
    before(async () => {
      dir = fakeCodeDir();
      dirs.push(dir);
      session = await startSession(['--no-build'], envFor(dir), 120_000);
      await waitUntil(
        () => fs.existsSync(path.join(dir, 'env')),
        10_000,
        'the stand-in code to record its environment',
      );
    });
    after(() => stop(session));

    test('opens examples/ in a new window with the working tree as the extension under development', () => {
      assert.equal(session.ready.editor, 'desktop');
      assert.equal(session.ready.url, undefined);
      const args = readLines(path.join(dir, 'args'));
      assert.ok(args.includes(`--extensionDevelopmentPath=${root}`), args.join(' '));
      assert.ok(args.includes('--new-window') && args.includes('--wait'));
      assert.equal(args[args.length - 1], path.join(root, 'examples'));
    });

    test('the session profile points the extension at the emulator, with test credentials only', () => {
      const args = readLines(path.join(dir, 'args'));
      const userDataDir = valueAfter(args, '--user-data-dir');
      const settings = JSON.parse(fs.readFileSync(path.join(userDataDir, 'User', 'settings.json'), 'utf8'));
      assert.equal(settings['apigw.aws.endpoint'], session.ready.emulator.endpoint);
      assert.equal(settings['apigw.aws.region'], 'us-east-1');
      const env = new Map(
        readLines(path.join(dir, 'env')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      assert.equal(env.get('AWS_ACCESS_KEY_ID'), 'test');
      assert.equal(env.get('AWS_PROFILE'), undefined);
      assert.ok(env.get('AWS_CONFIG_FILE')?.startsWith(path.dirname(userDataDir)), 'a private AWS config file');
      assert.ok(
        env.get('AWS_SHARED_CREDENTIALS_FILE')?.startsWith(path.dirname(userDataDir)),
        'a private credentials file',
      );
    });

    test('closing the window ends the session: exit code 0, emulator stopped, profile removed', async () => {
      const userDataDir = valueAfter(readLines(path.join(dir, 'args')), '--user-data-dir');
      const motoPort = Number(new URL(session.ready.emulator.endpoint).port);
      fs.writeFileSync(path.join(dir, 'close'), 'closed\n');
      const code = await Promise.race([
        session.exited,
        new Promise((r) => setTimeout(() => r('still running after 20 s'), 20_000).unref()),
      ]);
      assert.equal(code, 0, session.output().slice(-2000));
      assert.match(session.output(), /VS Code was closed/);
      assert.equal(await acceptsConnections(motoPort), false);
      assert.equal(fs.existsSync(userDataDir), false);
    });
  });

  describe('with --aws', () => {
    let dir: string;
    let session: StartedSession;
    before(async () => {
      dir = fakeCodeDir();
      dirs.push(dir);
      session = await startSession(['--no-build', '--aws'], envFor(dir), 60_000);
      await waitUntil(
        () => fs.existsSync(path.join(dir, 'env')),
        10_000,
        'the stand-in code to record its environment',
      );
    });
    after(() => stop(session));

    test("no emulator: the user's own VS Code profile and AWS profile", async () => {
      assert.equal(session.ready.emulator, undefined);
      const args = readLines(path.join(dir, 'args'));
      assert.ok(!args.includes('--user-data-dir'), args.join(' '));
      assert.ok(args.includes(`--extensionDevelopmentPath=${root}`));
      const env = readLines(path.join(dir, 'env'));
      assert.ok(env.includes('AWS_PROFILE=someones-real-profile'));
      assert.ok(!env.some((l) => l.startsWith('AWS_CONFIG_FILE=')));
      session.child.kill('SIGINT');
      assert.equal(await session.exited, 0);
    });
  });
});
