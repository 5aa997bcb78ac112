import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import {
  maxFrameChars,
  WebSocketSession,
  type WsFrame,
  type WsState,
} from '../../../../client/src/invoke/core/websocketSession';

/**
 * What the panel's frame list and state show for each thing a WebSocket stage can do, against a real `ws` server on
 * 127.0.0.1 whose behaviour is chosen by the path: a connection id in a $connect header, binary frames, very long
 * frames, API Gateway's close codes, a refused $connect with a long body, a handshake that never completes.
 */
let server: http.Server;
let base: string;
const handshakes: http.IncomingHttpHeaders[] = [];

before(async () => {
  const wss = new WebSocketServer({ noServer: true });
  server = http.createServer();
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    handshakes.push(req.headers);
    if (path === '/refuse-long') {
      socket.end(`HTTP/1.1 429 Too Many Requests\r\nconnection: close\r\n\r\n${'r'.repeat(20_000)}`);
      return;
    }
    if (path === '/hang') return; // never answers the upgrade
    if (path === '/with-id') wss.once('headers', (headers) => headers.push('x-amzn-connection-id: hdr123='));
    if (path === '/bad-id') wss.once('headers', (headers) => headers.push('connectionid: not valid!'));
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (path.startsWith('/close-')) return ws.close(Number(path.slice('/close-'.length)));
      if (path === '/binary') return ws.send(Buffer.from([1, 2, 3, 4]), { binary: true });
      if (path === '/long') return ws.send('x'.repeat(maxFrameChars + 5));
      if (path === '/long-id') return ws.send(JSON.stringify({ connectionId: 'big=', pad: 'p'.repeat(64 * 1024) }));
      ws.on('message', (data) => ws.send(`echo: ${data.toString()}`));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function recorder() {
  const frames: WsFrame[] = [];
  const states: [WsState, string | undefined][] = [];
  const session = new WebSocketSession(
    (f) => frames.push(f),
    (s, id) => states.push([s, id]),
  );
  const until = async (what: string, pred: () => boolean) => {
    for (let i = 0; i < 2000 && !pred(); i++) await new Promise((r) => setTimeout(r, 5));
    assert.ok(pred(), `${what}; frames: ${JSON.stringify(frames).slice(0, 400)}`);
  };
  return { session, frames, states, until };
}

describe('a WebSocket session, frame by frame', () => {
  test('states and info frames of a whole connection; a connection id from a $connect header', async () => {
    const { session, frames, states, until } = recorder();
    await session.connect({
      url: `${base}/with-id`,
      headers: [
        ['  ', 'ignored'],
        [' X-Trace ', 't1'],
      ],
    });
    await until('open', () => session.state === 'open');
    assert.equal(handshakes.at(-1)?.['x-trace'], 't1', 'names trimmed and lower-cased');
    assert.equal(session.connectionId, 'hdr123=');
    assert.deepEqual(
      frames.map((f) => [f.direction, f.text]),
      [
        ['info', `Connecting to ${base}/with-id`],
        ['info', 'Connected (connection id hdr123=)'],
      ],
    );
    session.send('héllo');
    await until('echo', () => frames.some((f) => f.text === 'echo: héllo'));
    assert.deepEqual(
      frames.filter((f) => f.direction !== 'info').map((f) => [f.direction, f.text, f.size]),
      [
        ['out', 'héllo', 6],
        ['in', 'echo: héllo', 12],
      ],
    );
    session.close(1000, 'r'.repeat(200));
    await until('closed', () => session.state === 'closed');
    assert.deepEqual(states, [
      ['connecting', undefined],
      ['open', 'hdr123='],
      ['closing', 'hdr123='],
      ['closed', 'hdr123='],
    ]);
    assert.equal(frames.at(-1)?.text, `Closed: code 1000 (normal closure), reason "${'r'.repeat(123)}"`);
    assert.throws(() => session.send('late'), /Not connected: connect first\./);
  });

  test('a header that is not a valid connection id is not taken; a plain Connected frame', async () => {
    const { session, frames, until } = recorder();
    await session.connect({ url: `${base}/bad-id` });
    await until('open', () => session.state === 'open');
    assert.equal(session.connectionId, undefined);
    assert.equal(frames.at(-1)?.text, 'Connected');
    session.close();
    await until('closed', () => session.state === 'closed');
    assert.equal(frames.at(-1)?.text, 'Closed: code 1000 (normal closure)');
  });

  test('binary frames are shown by size only', async () => {
    const { session, frames, until } = recorder();
    await session.connect({ url: `${base}/binary` });
    await until('binary', () => frames.some((f) => f.binary));
    const binary = frames.find((f) => f.binary)!;
    assert.deepEqual({ ...binary, at: 0 }, { direction: 'in', at: 0, text: '', binary: true, size: 4 });
    session.dispose();
  });

  test('a frame longer than the display limit is cut and says so; its size is the real one', async () => {
    const { session, frames, until } = recorder();
    await session.connect({ url: `${base}/long` });
    await until('long frame', () => frames.some((f) => f.direction === 'in'));
    const long = frames.find((f) => f.direction === 'in')!;
    assert.equal(long.text, `${'x'.repeat(maxFrameChars)}… (cut for display)`);
    assert.equal(long.size, maxFrameChars + 5);
    session.dispose();
  });

  test('a connection id is not read from a message over 64 KiB', async () => {
    const { session, frames, until } = recorder();
    await session.connect({ url: `${base}/long-id` });
    await until('message', () => frames.some((f) => f.direction === 'in'));
    assert.equal(session.connectionId, undefined);
    session.dispose();
  });

  test("API Gateway's close codes are named", async () => {
    const names: [number, string][] = [
      [1001, ' (going away (API Gateway: idle for 10 minutes, or the 2-hour connection limit))'],
      [1008, ' (policy violation)'],
      [1009, ' (message too big)'],
      [1011, ' (server error)'],
      [4000, ''],
    ];
    for (const [code, name] of names) {
      const { session, frames, until } = recorder();
      await session.connect({ url: `${base}/close-${code}` });
      await until(`close ${code}`, () => frames.some((f) => f.text.startsWith('Closed')));
      assert.equal(frames.find((f) => f.text.startsWith('Closed'))?.text, `Closed: code ${code}${name}`);
      assert.equal(session.state, 'closed');
    }
  });

  test('a refused $connect shows its status and the first 8 KiB of the answer, once', async () => {
    const { session, frames, until } = recorder();
    await session.connect({ url: `${base}/refuse-long` });
    await until('refused', () => session.state === 'closed' && frames.some((f) => f.direction === 'error'));
    await new Promise((r) => setTimeout(r, 50));
    const errors = frames.filter((f) => f.direction === 'error');
    assert.equal(errors.length, 1, 'the "Unexpected server response" error is not shown again');
    assert.equal(errors[0].text, `$connect refused: HTTP 429 Too Many Requests\n${'r'.repeat(8192)}`);
  });

  test('closing while the handshake is pending abandons it', async () => {
    const { session, frames, states, until } = recorder();
    await session.connect({ url: `${base}/hang` });
    await until('handshake started', () => handshakes.length > 0 && session.state === 'connecting');
    session.close();
    assert.equal(frames.at(-1)?.text, 'Connection attempt abandoned.');
    assert.deepEqual(states.at(-1), ['closed', undefined]);
    assert.equal(session.state, 'closed');
    session.close();
    assert.equal(
      frames.filter((f) => f.text === 'Connection attempt abandoned.').length,
      1,
      'a second close does nothing',
    );
  });

  test('a handshake timeout is reported as an error and ends the session', async () => {
    const { session, frames, until } = recorder();
    await session.connect({ url: `${base}/hang`, handshakeTimeoutMs: 100 });
    await until('timeout', () => session.state === 'closed');
    assert.match(frames.find((f) => f.direction === 'error')?.text ?? '', /timed out/i);
  });

  test('a message over 128 KB is refused before sending', async () => {
    const { session, frames, until } = recorder();
    await session.connect({ url: `${base}/echo` });
    await until('open', () => session.state === 'open');
    assert.throws(() => session.send('m'.repeat(128 * 1024 + 1)), /at most 128 KB/);
    session.send('m'.repeat(128 * 1024));
    assert.equal(frames.at(-1)?.direction, 'out');
    session.dispose();
  });

  test('a new session is closed; every handshake header ws sets itself is refused before connecting', async () => {
    const { session, frames } = recorder();
    assert.equal(session.state, 'closed');
    for (const name of [
      'Host',
      'connection',
      'Upgrade',
      'sec-websocket-key',
      'Sec-WebSocket-Version',
      'sec-websocket-extensions',
    ])
      await assert.rejects(
        session.connect({ url: `${base}/echo`, headers: [[` ${name} `, 'x']] }),
        (e: unknown) =>
          e instanceof Error &&
          e.message === `The header " ${name} " is set by the WebSocket handshake itself; remove it.`,
        name,
      );
    assert.deepEqual(frames, [], 'nothing was sent');
  });

  test('a second connect replaces the first; frames of the old socket are not shown', async () => {
    const { session, frames, until } = recorder();
    await session.connect({ url: `${base}/echo` });
    await until('open', () => session.state === 'open');
    await session.connect({ url: `${base}/with-id` });
    await until('open again', () => session.state === 'open' && session.connectionId === 'hdr123=');
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(frames.filter((f) => f.text.startsWith('Closed')).length, 0, 'the old close is not shown');
    session.dispose();
  });
});
