import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { callConnections, connectionsRequest } from '../../../../client/src/invoke/core/connections';
import { prefillMessage } from '../../../../client/src/invoke/core/websocketMessage';
import { WebSocketSession, type WsFrame, type WsState } from '../../../../client/src/invoke/core/websocketSession';
import { connectionsUrl, websocketUrl } from '../../../../client/src/invoke/core/websocketUrl';
import { startWsTestServer, testCredentials, testRegion, type WsTestServer } from './wsTestServer';

/** The panel's WebSocket client against a real WebSocket server on 127.0.0.1 that checks SigV4 and pushes. */

function recorder() {
  const frames: WsFrame[] = [];
  const states: WsState[] = [];
  const waiters: { pred: (f: WsFrame) => boolean; resolve: (f: WsFrame) => void }[] = [];
  const session = new WebSocketSession(
    (f) => {
      frames.push(f);
      for (const w of waiters.splice(0)) {
        if (w.pred(f)) w.resolve(f);
        else waiters.push(w);
      }
    },
    (s) => states.push(s),
  );
  const next = (pred: (f: WsFrame) => boolean, what: string) => {
    const seen = frames.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise<WsFrame>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no frame: ${what}; got ${JSON.stringify(frames)}`)), 10_000);
      waiters.push({ pred, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  };
  return { session, frames, states, next };
}

describe('WebSocket route messages and URLs', () => {
  test('the route selection expression prefills the message', () => {
    assert.equal(prefillMessage('$request.body.action', 'sendMessage'), '{"action":"sendMessage"}');
    assert.equal(prefillMessage('$request.body.msg.type', 'join'), '{"msg":{"type":"join"}}');
    assert.equal(prefillMessage(undefined, 'sendMessage'), '{"action":"sendMessage"}');
    assert.equal(prefillMessage('$request.body.action', '$default'), '{}');
    assert.equal(prefillMessage('$request.body.action', '$connect'), '');
    assert.equal(prefillMessage('${request.header.x}', 'ping'), 'ping');
  });

  test('stage and management URLs', () => {
    const target = { apiId: 'abc123', region: 'eu-west-1' };
    assert.equal(
      websocketUrl(target, 'prod', [
        ['token', 'a b'],
        ['', 'ignored'],
      ]),
      'wss://abc123.execute-api.eu-west-1.amazonaws.com/prod?token=a+b',
    );
    assert.equal(
      connectionsUrl(target, 'prod', 'L0SM9cOFvHcCIhw='),
      'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/@connections/L0SM9cOFvHcCIhw%3D',
    );
    assert.equal(
      websocketUrl({ ...target, region: 'cn-north-1' }, 'dev'),
      'wss://abc123.execute-api.cn-north-1.amazonaws.com.cn/dev',
    );
    assert.throws(() => websocketUrl(target, ''), /Choose a stage/);
    assert.throws(() => connectionsUrl(target, 'prod', 'a/../b c'), /connection id/);
    assert.deepEqual(connectionsRequest(target, 'prod', 'abc=', 'DELETE'), {
      method: 'DELETE',
      url: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/@connections/abc%3D',
      headers: {},
    });
  });
});

describe('WebSocket session against a signing server', () => {
  let server: WsTestServer;
  before(async () => {
    server = await startWsTestServer({ requireSignature: true });
  });
  after(() => server.close());

  test('a signed $connect with query and headers, send and receive, close with a code', async () => {
    const { session, frames, states, next } = recorder();
    const url = websocketUrl({ baseUrl: server.baseUrl, region: testRegion }, 'prod', [
      ['room', 'blue sky'],
      ['token', 'x/y'],
    ]);
    await session.connect({
      url,
      headers: [['X-Client', 'studio']],
      signing: { credentials: testCredentials, region: testRegion },
    });
    await next((f) => f.direction === 'info' && f.text.startsWith('Connected'), 'connected');
    assert.deepEqual(server.connects.at(-1)?.query, { room: 'blue sky', token: 'x/y' });
    assert.equal(server.connects.at(-1)?.headers['x-client'], 'studio');
    assert.equal(server.connects.at(-1)?.signed, true);
    await next((f) => f.direction === 'in' && f.text === '{"message":"welcome"}', 'the pushed welcome');
    session.send('{"action":"sendMessage","text":"hi"}');
    await next((f) => f.direction === 'in' && f.text === 'echo: {"action":"sendMessage","text":"hi"}', 'the echo');
    const out = frames.find((f) => f.direction === 'out');
    assert.equal(out?.text, '{"action":"sendMessage","text":"hi"}');
    assert.ok(
      frames.every((f) => Number.isFinite(f.at) && f.at > 0),
      'every frame has its time',
    );
    session.send('{"action":"whoami"}');
    await next((f) => f.direction === 'in' && f.text.includes('connectionId'), 'whoami');
    assert.match(session.connectionId ?? '', /^conn\d+=$/);
    session.send('{"action":"bye"}');
    const closed = await next((f) => f.text.startsWith('Closed'), 'close');
    assert.match(closed.text, /code 4001, reason "Bye from the route"/);
    assert.equal(states.at(-1), 'closed');
    assert.throws(() => session.send('late'), /Not connected/);
  });

  test('an unsigned $connect is refused and the answer says why', async () => {
    const { session, states, next } = recorder();
    await session.connect({ url: websocketUrl({ baseUrl: server.baseUrl, region: testRegion }, 'prod') });
    const refused = await next((f) => f.direction === 'error', 'refusal');
    assert.match(refused.text, /\$connect refused: HTTP 403 Forbidden\n\{"message":"Missing Authentication Token"\}/);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(states.at(-1), 'closed');
  });

  test('a wrong secret is refused', async () => {
    const { session, next } = recorder();
    await session.connect({
      url: websocketUrl({ baseUrl: server.baseUrl, region: testRegion }, 'prod'),
      signing: { credentials: { ...testCredentials, secretAccessKey: 'wrong' }, region: testRegion },
    });
    assert.match((await next((f) => f.direction === 'error', 'refusal')).text, /signature does not match/);
  });

  test('closing from the client shows 1000 and its reason', async () => {
    const { session, next } = recorder();
    await session.connect({
      url: websocketUrl({ baseUrl: server.baseUrl, region: testRegion }, 'prod'),
      signing: { credentials: testCredentials, region: testRegion },
    });
    await next((f) => f.text.startsWith('Connected'), 'connected');
    session.close(1000, 'done testing');
    assert.match(
      (await next((f) => f.text.startsWith('Closed'), 'closed')).text,
      /code 1000 \(normal closure\), reason "done testing"/,
    );
  });

  test('reserved handshake headers are refused before connecting', async () => {
    const { session } = recorder();
    await assert.rejects(
      session.connect({
        url: websocketUrl({ baseUrl: server.baseUrl, region: testRegion }, 'prod'),
        headers: [['Sec-WebSocket-Key', 'x']],
      }),
      /set by the WebSocket handshake/,
    );
  });

  test('@connections: POST pushes to the client, GET describes it, DELETE disconnects it (all signed)', async () => {
    const { session, next } = recorder();
    const target = { baseUrl: server.baseUrl, region: testRegion };
    await session.connect({
      url: websocketUrl(target, 'prod'),
      signing: { credentials: testCredentials, region: testRegion },
    });
    await next((f) => f.text.startsWith('Connected'), 'connected');
    session.send('{"action":"whoami"}');
    await next((f) => f.text.includes('connectionId'), 'whoami');
    const id = session.connectionId!;
    const signing = { credentials: testCredentials, region: testRegion };
    const posted = await callConnections(target, 'prod', id, 'POST', '{"from":"server"}', signing);
    assert.equal(posted.status, 200);
    await next((f) => f.direction === 'in' && f.text === '{"from":"server"}', 'server push');
    const got = await callConnections(target, 'prod', id, 'GET', '', signing);
    assert.equal(got.status, 200);
    assert.match(got.body.text, /"sourceIp": "127.0.0.1"/);
    const bad = await callConnections(target, 'prod', id, 'GET', '', {
      ...signing,
      credentials: { ...testCredentials, secretAccessKey: 'wrong' },
    });
    assert.equal(bad.status, 403);
    const deleted = await callConnections(target, 'prod', id, 'DELETE', '', signing);
    assert.equal(deleted.status, 204);
    assert.match(
      (await next((f) => f.text.startsWith('Closed'), 'closed')).text,
      /code 1000.*Deleted through @connections/,
    );
    const gone = await callConnections(target, 'prod', id, 'GET', '', signing);
    assert.equal(gone.status, 410);
  });
});

describe('WebSocket session with an API key', () => {
  let server: WsTestServer;
  before(async () => {
    server = await startWsTestServer({ requireSignature: false, requireApiKey: 'k-123' });
  });
  after(() => server.close());

  test('sends x-api-key on $connect', async () => {
    const { session, next } = recorder();
    await session.connect({
      url: websocketUrl({ baseUrl: server.baseUrl, region: testRegion }, 'prod'),
      apiKey: 'k-123',
    });
    await next((f) => f.text.startsWith('Connected'), 'connected');
    assert.equal(server.connects.at(-1)?.headers['x-api-key'], 'k-123');
    session.close();
    await next((f) => f.text.startsWith('Closed'), 'closed');
  });
});

describe('WebSocket URLs, messages and management requests at their edges', () => {
  test('test servers: trailing slashes dropped, ws:// for the stage and http:// for @connections', () => {
    const local = { baseUrl: 'http://127.0.0.1:9//', region: 'eu-west-1' };
    assert.equal(websocketUrl(local, 'prod'), 'ws://127.0.0.1:9/prod');
    assert.equal(connectionsUrl(local, 'dev', '  abc=  '), 'http://127.0.0.1:9/dev/@connections/abc%3D');
    assert.throws(() => websocketUrl({ region: 'eu-west-1' }, 'prod'), /No deployed API is known for this route/);
    assert.throws(() => websocketUrl(local, 'a b'), /Choose a stage/);
    assert.throws(() => connectionsUrl(local, 'prod', 'c'.repeat(129)), /connection id/);
    assert.equal(connectionsUrl(local, 'prod', 'c'.repeat(128)).endsWith(`/@connections/${'c'.repeat(128)}`), true);
  });

  test('only $connect and $disconnect take no message; expressions are read after trimming', () => {
    assert.equal(prefillMessage('$request.body.action', '$disconnect'), '');
    assert.equal(prefillMessage('  $request.body.op  ', 'join'), '{"op":"join"}');
    assert.equal(prefillMessage('x$request.body.op', 'join'), 'join', 'not a body expression');
    assert.equal(prefillMessage('$request.body.op x', 'join'), 'join', 'not a body expression');
  });

  test('@connections POST: a JSON message of at most 128 KB; GET and DELETE send nothing', () => {
    const target = { apiId: 'abc123', region: 'eu-west-1' };
    assert.deepEqual(connectionsRequest(target, 'prod', 'abc=', 'POST', '{"m":1}'), {
      method: 'POST',
      url: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/@connections/abc%3D',
      headers: { 'content-type': 'application/json' },
      body: '{"m":1}',
    });
    assert.equal(connectionsRequest(target, 'prod', 'abc=', 'POST').body, '');
    assert.equal(connectionsRequest(target, 'prod', 'abc=', 'POST', 'm'.repeat(128 * 1024)).body?.length, 128 * 1024);
    assert.throws(
      () => connectionsRequest(target, 'prod', 'abc=', 'POST', 'm'.repeat(128 * 1024 + 1)),
      /at most 128 KB/,
    );
    assert.equal(connectionsRequest(target, 'prod', 'abc=', 'GET', 'ignored').body, undefined);
  });
});
