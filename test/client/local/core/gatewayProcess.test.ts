// The extension's side of Run API Locally without VS Code: the gateway host runs in a child process, reports
// where it listens (another port when the chosen one is taken), streams its execution log, and stops.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import path from 'node:path';
import { ExecutionLogStore, isLocalGroup } from '../../../../client/src/local/core/executionLog';
import { GatewayProcess } from '../../../../client/src/local/core/gatewayProcess';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const hostScript = path.join(root, 'server', 'src', 'gatewayHost', 'main.ts');
const definition = path.join(root, 'examples', 'rest-api.yaml');

function host(store = new ExecutionLogStore(), onExit?: () => void): GatewayProcess {
  return new GatewayProcess({ hostScript, execArgv: ['--import', 'tsx'], log: store, onExit });
}

describe('gateway host process', () => {
  const started: GatewayProcess[] = [];
  after(async () => {
    await Promise.all(started.map((g) => g.stop()));
  });

  test("serves the definition, streams the request's log lines, and stops", async () => {
    const store = new ExecutionLogStore();
    let exited = false;
    const gateway = host(store, () => (exited = true));
    started.push(gateway);
    const listening = await gateway.start({ file: definition, port: 0, runWorkspaceCode: false });
    assert.match(listening.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(
      [listening.apiType, listening.title, listening.stage],
      ['REST', 'Pet Store (REST example)', 'local'],
    );
    const res = await fetch(`${listening.url}/${listening.stage}/health`);
    assert.deepEqual([res.status, await res.json()], [200, { status: 'ok' }]);
    const lines = await store.waitForRequest(res.headers.get('x-amzn-requestid') ?? '');
    assert.ok(lines.some((l) => l.message === 'Method completed with status: 200'));
    assert.ok(
      lines.every(
        (l) => l.group === `API-Gateway-Execution-Logs_local-${listening.apiId}/local` && isLocalGroup(l.group),
      ),
    );
    await gateway.stop();
    assert.equal(exited, true);
    assert.equal(gateway.running, false);
  });

  test('a port in use: another port, and the one asked for is named', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const gateway = host();
      started.push(gateway);
      const listening = await gateway.start({ file: definition, port: taken, runWorkspaceCode: false });
      assert.equal(listening.portInUse, taken);
      assert.notEqual(listening.port, taken);
      await gateway.stop();
    } finally {
      blocker.close();
    }
  });

  test('a definition that cannot be read fails with the reason, and the process ends', async () => {
    const gateway = host();
    started.push(gateway);
    await assert.rejects(
      gateway.start({ file: path.join(root, 'no-such-file.yaml'), port: 0, runWorkspaceCode: false }),
      /cannot read .*no-such-file\.yaml/,
    );
    assert.equal(gateway.running, false);
  });
});
