/**
 * From the form to the wire: the invoker sends what the form says. The signer and the request builder have tests
 * of their own; this holds the links between them (the "sign with SigV4" box, the API key, the stage) against a
 * real HTTP server on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { Invoker } from '../../../../client/src/invoke/core/invoker';
import { initialForm, type InvokeTarget } from '../../../../client/src/invoke/core/target';
import { WebSocketSession } from '../../../../client/src/invoke/core/websocketSession';
import {
  startWsTestServer,
  testCredentials as wsCredentials,
  testRegion as wsRegion,
  type WsTestServer,
} from './wsTestServer';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

let server: http.Server;
let baseUrl: string;
const received: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise((r) => server.close(r)));

function invoker(): Invoker {
  const target: InvokeTarget = {
    apiType: 'REST',
    pathTemplate: '/pets/{id}',
    operationMethod: 'POST',
    region: 'eu-west-1',
    baseUrl,
    stages: ['dev'],
    stage: 'dev',
  };
  return new Invoker(target, {
    apiGateway: async () => ({ send: async () => ({}) }),
    credentials: async () => credentials,
  });
}

describe('the invoker sends what the form says', () => {
  test('"sign with SigV4" signs the request for execute-api in the target region, with a signature that verifies', async () => {
    const inv = invoker();
    const form = {
      ...initialForm(inv.target),
      mode: 'http' as const,
      pathParams: { id: '7' },
      body: '{"name":"rex"}',
      sign: true,
    };
    const result = await inv.run(form);
    assert.equal(result.status, 200);
    const got = received.at(-1)!;
    assert.match(
      String(got.headers.authorization),
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/,
    );
    // Recompute the signature from what arrived, with an independent signer instance.
    const signer = new SignatureV4({ service: 'execute-api', region: 'eu-west-1', credentials, sha256: Sha256 });
    const url = new URL(got.url, baseUrl);
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(String(got.headers.authorization))![1].split(';');
    const headers = Object.fromEntries(signedHeaders.map((h) => [h, String(got.headers[h])]));
    const date = String(got.headers['x-amz-date']);
    const again = await signer.sign(
      {
        method: got.method,
        protocol: 'http:',
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body: got.body,
      },
      {
        signingDate: new Date(
          `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`,
        ),
      },
    );
    assert.equal(String(again.headers.authorization ?? again.headers.Authorization), String(got.headers.authorization));
  });

  test('without the box ticked nothing is signed; the API key goes in x-api-key; the stage and path are in the URL', async () => {
    const inv = invoker();
    await inv.run({
      ...initialForm(inv.target),
      mode: 'http',
      pathParams: { id: 'a b' },
      sign: false,
      apiKey: 'k-123',
    });
    const got = received.at(-1)!;
    assert.equal(got.headers.authorization, undefined);
    assert.equal(got.headers['x-amz-date'], undefined);
    assert.equal(got.headers['x-api-key'], 'k-123');
    assert.equal(got.url, '/dev/pets/a%20b');
  });
});

describe('the invoker: copy as curl, missing pieces, emulators and WebSocket routes', () => {
  let emulator: http.Server;
  let emulatorUrl: string;
  before(async () => {
    // Answers like moto's data plane: every stage request ends as S3's "NoSuchBucket"; x-amzn-RequestId for the log.
    emulator = http.createServer((req, res) => {
      if (req.url?.startsWith('/_aws/execute-api/')) {
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.end('<Error><Code>NoSuchBucket</Code></Error>');
      } else {
        res.writeHead(200, { 'content-type': 'text/plain', 'X-Amzn-RequestId': 'req-1' });
        res.end(`local ${req.url} ${req.headers.authorization ? 'signed' : 'unsigned'}`);
      }
    });
    await new Promise<void>((r) => emulator.listen(0, '127.0.0.1', r));
    emulatorUrl = `http://127.0.0.1:${(emulator.address() as AddressInfo).port}`;
  });
  after(() => new Promise((r) => emulator.close(r)));

  const rest: InvokeTarget = {
    apiType: 'REST',
    pathTemplate: '/pets/{id}',
    operationMethod: 'GET',
    region: 'eu-west-1',
    apiId: 'abc123',
    stages: ['dev'],
  };
  const make = (target: InvokeTarget, deps: Partial<ConstructorParameters<typeof Invoker>[1]> = {}) =>
    new Invoker(target, {
      apiGateway: async () => ({ send: async () => ({}) }),
      credentials: async () => ({ ...credentials, sessionToken: 'token' }),
      ...deps,
    });
  const form = (inv: Invoker, over: Partial<ReturnType<typeof initialForm>> = {}) => ({
    ...initialForm(inv.target),
    pathParams: { id: '7' },
    ...over,
  });

  test('curl: plain, signed with temporary credentials, signed with long-term ones', async () => {
    const inv = make(rest);
    assert.equal(
      await inv.curl(form(inv, { mode: 'testInvoke' })),
      'curl -i https://abc123.execute-api.eu-west-1.amazonaws.com/dev/pets/7',
    );
    const signed = await inv.curl(form(inv, { sign: true }));
    assert.match(
      signed,
      /--aws-sigv4 aws:amz:eu-west-1:execute-api .* -H "x-amz-security-token: \$AWS_SESSION_TOKEN"$/,
    );
    const longTerm = make(rest, { credentials: async () => credentials });
    assert.doesNotMatch(await longTerm.curl(form(longTerm, { sign: true })), /AWS_SESSION_TOKEN/);
    const noCredentials = make(rest, { credentials: async () => Promise.reject(new Error('no profile')) });
    assert.match(await noCredentials.curl(form(noCredentials, { sign: true })), /--aws-sigv4 .*"\$AWS_ACCESS_KEY_ID/);
  });

  test('what is missing is said before anything is sent', async () => {
    const noApi = make({ ...rest, apiId: undefined });
    assert.throws(
      () => noApi.httpRequest(form(noApi, { stage: 'dev' })),
      /^Error: No deployed API is known for this operation\. Pick one when opening the panel\.$/,
    );
    const inv = make(rest);
    assert.throws(() => inv.httpRequest(form(inv, { stage: '' })), /^Error: Choose a stage\.$/);
    await assert.rejects(
      make({ ...rest, apiType: 'HTTP' }).run(form(inv, { mode: 'testInvoke' })),
      /^Error: TestInvokeMethod is available only for deployed REST APIs\.$/,
    );
    await assert.rejects(noApi.run(form(noApi, { mode: 'testInvoke' })), /available only for deployed REST APIs/);
    await assert.rejects(
      inv.run(form(inv, { mode: 'local' })),
      /^Error: This operation does not come from a definition in the editor, so it cannot run locally\.$/,
    );
    await assert.rejects(
      inv.curl(form(inv, { mode: 'local' })),
      /^Error: The API is not running locally yet: send a request or run it first\.$/,
    );
  });

  test('the local gateway: started on demand, signed when asked, its execution log attached', async () => {
    const local = { documentUri: 'file:///w/api.yaml' };
    const logs: string[] = [];
    const link = {
      ensure: async () => ({ url: emulatorUrl, stage: 'local' }),
      current: () => ({ url: emulatorUrl, stage: 'local' }),
      requestLog: async (id: string) => (logs.push(id), `log of ${id}`),
    };
    const inv = make({ ...rest, local }, { local: link });
    const result = await inv.run(form(inv, { mode: 'local', sign: true }));
    assert.deepEqual(
      [result.mode, result.body.text, result.log, logs],
      ['local', 'local /local/pets/7 signed', 'log of req-1', ['req-1']],
    );
    assert.equal(await inv.curl(form(inv, { mode: 'local' })), `curl -i ${emulatorUrl}/local/pets/7`);
    const cancelled = make({ ...rest, local }, { local: { ...link, ensure: async () => undefined } });
    await assert.rejects(cancelled.run(form(cancelled, { mode: 'local' })), /^Error: The local API was not started\.$/);
    const noLog = make({ ...rest, local }, { local: { ...link, requestLog: async () => undefined } });
    assert.equal('log' in (await noLog.run(form(noLog, { mode: 'local' }))), false);
  });

  test('cancelling the panel cancels the request in every mode', async () => {
    const cancelled = AbortSignal.abort();
    const local = { documentUri: 'file:///w/api.yaml' };
    const link = {
      ensure: async () => ({ url: emulatorUrl, stage: 'local' }),
      current: () => undefined,
      requestLog: async () => undefined,
    };
    const inv = make({ ...rest, baseUrl: emulatorUrl, local }, { local: link });
    await assert.rejects(inv.run(form(inv, { mode: 'http' }), cancelled), /^Error: The request was cancelled\.$/);
    await assert.rejects(inv.run(form(inv, { mode: 'local' }), cancelled), /^Error: The request was cancelled\.$/);
    await assert.rejects(inv.connections('dev', 'abc=', 'GET', '', cancelled), /^Error: The request was cancelled\.$/);
  });

  test("an emulator's S3 answer to a stage request becomes the advice", async () => {
    const inv = make({ ...rest, endpoint: emulatorUrl });
    await assert.rejects(inv.run(form(inv, { mode: 'http' })), /has no data plane for this API: it answered as S3/);
  });

  test('TestInvokeMethod on an emulator that does not implement it: the advice, not the raw error (SDK stub: moto lacks TestInvokeMethod)', async () => {
    const notImplemented = Object.assign(new Error('not yet'), {
      name: 'NotImplementedError',
      $metadata: { httpStatusCode: 500 },
    });
    const inv = make(
      { ...rest, endpoint: emulatorUrl },
      {
        apiGateway: async () => ({
          send: async (command: unknown) => {
            if ((command as { constructor: { name: string } }).constructor.name === 'GetResourcesCommand')
              return { items: [{ id: 'r1', path: '/pets/{id}' }] };
            throw notImplemented;
          },
        }),
      },
    );
    await assert.rejects(
      inv.run(form(inv, { mode: 'testInvoke' })),
      /does not implement TestInvokeMethod \(HTTP 500\)/,
    );
    const aws = make(rest, { apiGateway: async () => ({ send: async () => Promise.reject(notImplemented) }) });
    await assert.rejects(
      aws.run(form(aws, { mode: 'testInvoke' })),
      (e) => e === notImplemented,
      'AWS errors pass as they are',
    );
  });
});

describe('the invoker on a WebSocket route', () => {
  let ws: WsTestServer;
  before(async () => {
    ws = await startWsTestServer({ requireSignature: false, requireApiKey: 'key-1' });
  });
  after(() => ws.close());

  test('$connect carries the query, headers, API key and a signature when asked; @connections is always signed', async () => {
    const inv = new Invoker(
      {
        apiType: 'WEBSOCKET',
        pathTemplate: 'sendMessage',
        operationMethod: 'ANY',
        region: wsRegion,
        baseUrl: ws.baseUrl,
        stages: ['prod'],
      },
      { apiGateway: async () => ({ send: async () => ({}) }), credentials: async () => wsCredentials, timeoutMs: 5000 },
    );
    const states: string[] = [];
    const session = new WebSocketSession(
      () => {},
      (s) => states.push(s),
    );
    await inv.connectWebSocket(session, {
      ...initialForm(inv.target),
      stage: 'prod',
      query: [['room', 'a']],
      headers: [['X-Client', 'studio']],
      apiKey: 'key-1',
      sign: true,
    });
    for (let i = 0; i < 1000 && session.state !== 'open'; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(session.state, 'open');
    const connect = ws.connects.at(-1)!;
    assert.deepEqual([connect.query, connect.headers['x-client'], connect.signed], [{ room: 'a' }, 'studio', true]);
    const [id] = [...ws.connections.keys()];
    const described = await inv.connections('prod', id, 'GET', '');
    assert.equal(described.status, 200, 'the management API accepted the signature');
    session.dispose();

    const unsigned = new WebSocketSession(() => {});
    await inv.connectWebSocket(unsigned, { ...initialForm(inv.target), stage: 'prod', apiKey: 'key-1', sign: false });
    for (let i = 0; i < 1000 && unsigned.state !== 'open'; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(ws.connects.at(-1)?.signed, false);
    unsigned.dispose();
  });
});
