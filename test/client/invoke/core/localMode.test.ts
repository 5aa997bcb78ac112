// The "Local" target of test invoke: offered for operations of a definition in the editor, first when no
// deployed API is known; requests go to the local gateway's URL and the result carries the request's log.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkInvokeArgs } from '../../../../client/src/invoke/core/invokeArgs';
import { Invoker, type LocalGatewayLink } from '../../../../client/src/invoke/core/invoker';
import { checkForm, checkPageMessage } from '../../../../client/src/invoke/core/pageMessages';
import { availableModes, initialForm, panelModel, type InvokeTarget } from '../../../../client/src/invoke/core/target';
import { ExecutionLogStore, formatRequestLog } from '../../../../client/src/local/core/executionLog';

const base: InvokeTarget = {
  apiType: 'REST',
  pathTemplate: '/pets/{id}',
  operationMethod: 'GET',
  region: 'us-east-1',
  stages: [],
};
const local = { documentUri: 'file:///w/api.yaml' };

describe('Local mode', () => {
  test('offered first for definitions; alone when no deployed API is known; never for WebSocket', () => {
    assert.deepEqual(availableModes({ ...base, local }), ['local']);
    assert.deepEqual(availableModes({ ...base, local, apiId: 'abc' }), ['local', 'testInvoke', 'http']);
    assert.deepEqual(availableModes({ ...base, apiType: 'HTTP', local, apiId: 'abc' }), ['local', 'http']);
    assert.deepEqual(availableModes({ ...base, apiType: 'WEBSOCKET', local, apiId: 'abc' }), ['http']);
    assert.deepEqual(
      availableModes({ ...base, apiId: 'abc' }),
      ['testInvoke', 'http'],
      'unchanged without a definition',
    );
    assert.equal(initialForm({ ...base, local }).mode, 'local');
    assert.equal(panelModel({ ...base, local }).canRunLocal, true);
    assert.equal(panelModel({ ...base, apiId: 'abc' }).canRunLocal, false);
  });

  test('the page may send the local mode and the Run API Locally button; the logical id passes through', () => {
    const form = { ...initialForm({ ...base, local }), pathParams: { id: '1' } };
    assert.equal(checkForm(form).ok, true);
    assert.equal(checkForm({ ...form, mode: 'elsewhere' }).ok, false);
    assert.deepEqual(checkPageMessage({ type: 'runLocal' }), { ok: true, value: { type: 'runLocal' } });
    assert.equal(
      checkInvokeArgs({ documentUri: 'file:///t.yaml', path: '/p', method: 'GET', api: 'PetsApi' })?.api,
      'PetsApi',
    );
    assert.equal(
      checkInvokeArgs({ documentUri: 'file:///t.yaml', path: '/p', method: 'GET', api: '../x' })?.api,
      undefined,
    );
  });

  test("sends to the running gateway's URL and stage, and returns the request's log", async () => {
    // A real HTTP server on 127.0.0.1 stands in for the gateway here; the gateway itself is tested in
    // test/server/gateway.
    const store = new ExecutionLogStore();
    const server = http.createServer((req, res) => {
      store.add([{ requestId: 'req-1', time: Date.now(), message: `HTTP Method: GET, Resource Path: ${req.url}` }]);
      res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-RequestId': 'req-1' }).end('{"id":"1"}');
      setTimeout(
        () => store.add([{ requestId: 'req-1', time: Date.now(), message: 'Method completed with status: 200' }]),
        20,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    let starts = 0;
    const link: LocalGatewayLink = {
      ensure: async () => (starts++, { url, stage: 'dev' }),
      current: () => ({ url, stage: 'dev' }),
      requestLog: async (id) => formatRequestLog(id, await store.waitForRequest(id)),
    };
    try {
      const invoker = new Invoker(
        { ...base, local },
        {
          apiGateway: async () => {
            throw new Error('not used');
          },
          credentials: async () => {
            throw new Error('not used');
          },
          local: link,
        },
      );
      const result = await invoker.run({
        ...initialForm({ ...base, local }),
        stage: 'ignored',
        pathParams: { id: '1' },
      });
      assert.equal(result.mode, 'local');
      assert.equal(result.url, `${url}/dev/pets/1`);
      assert.equal(result.status, 200);
      assert.match(
        result.log ?? '',
        /^Execution log for request req-1\n.* : HTTP Method: GET, Resource Path: \/dev\/pets\/1\n.* : Method completed with status: 200$/,
      );
      assert.equal(starts, 1);
      assert.equal(
        await invoker.curl({ ...initialForm({ ...base, local }), pathParams: { id: '1' } }),
        `curl -i ${url}/dev/pets/1`,
      );
    } finally {
      server.close();
    }
  });
});
