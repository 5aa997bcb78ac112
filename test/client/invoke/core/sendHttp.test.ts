import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvokeCancelledError, InvokeTimeoutError, sendHttpRequest } from '../../../../client/src/invoke/core/sendHttp';

/** A real local server: each path is one behaviour. Requests that should hang are released at the end. */
let server: http.Server;
let base: string;
const hanging: http.ServerResponse[] = [];
let hangingStarted = 0;

before(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      if (url.pathname === '/echo') {
        res.writeHead(201, { 'content-type': 'application/json', 'x-echo': 'yes' });
        res.end(
          JSON.stringify({
            method: req.method,
            query: url.search,
            header: req.headers['x-test'],
            body: Buffer.concat(chunks).toString(),
          }),
        );
      } else if (url.pathname === '/binary') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255]));
      } else if (url.pathname === '/hang') {
        hangingStarted++;
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('partial');
        hanging.push(res);
      } else if (url.pathname === '/redirect') {
        res.writeHead(302, { location: 'http://example.invalid/' });
        res.end();
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('no such path');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function until(check: () => boolean, deadlineMs = 5000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setImmediate(r));
  }
}

describe('real HTTP request against a local server', () => {
  test('status, headers, JSON body pretty-printed, latency', async () => {
    const result = await sendHttpRequest({
      method: 'POST',
      url: `${base}/echo?a=1`,
      headers: { 'x-test': 'hi', 'content-type': 'text/plain' },
      body: 'payload',
    });
    assert.equal(result.status, 201);
    assert.equal(result.mode, 'http');
    assert.ok(result.headers.some(([n, v]) => n === 'x-echo' && v === 'yes'));
    assert.equal(result.body.kind, 'json');
    assert.deepEqual(JSON.parse(result.body.text), { method: 'POST', query: '?a=1', header: 'hi', body: 'payload' });
    assert.match(result.body.text, /\n {2}"method"/, 'indented');
    assert.ok(result.latencyMs >= 0 && result.latencyMs < 5000);
  });

  test('a binary body is reported by size', async () => {
    const result = await sendHttpRequest({ method: 'GET', url: `${base}/binary`, headers: {} });
    assert.deepEqual(result.body, { kind: 'binary', text: '', size: 9, contentType: 'image/png' });
  });

  test('error statuses and redirects are results, not exceptions', async () => {
    const missing = await sendHttpRequest({ method: 'GET', url: `${base}/nope`, headers: {} });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.text, 'no such path');
    const redirect = await sendHttpRequest({ method: 'GET', url: `${base}/redirect`, headers: {} });
    assert.equal(redirect.status, 302, 'not followed');
  });

  test('times out with a clear error', async () => {
    await assert.rejects(
      sendHttpRequest({ method: 'GET', url: `${base}/hang`, headers: {} }, { timeoutMs: 150 }),
      InvokeTimeoutError,
    );
  });

  test('can be cancelled while waiting', async () => {
    const controller = new AbortController();
    const started = hangingStarted;
    const pending = sendHttpRequest(
      { method: 'GET', url: `${base}/hang`, headers: {} },
      { signal: controller.signal, timeoutMs: 60_000 },
    );
    await until(() => hangingStarted > started);
    controller.abort();
    await assert.rejects(pending, InvokeCancelledError);
  });

  test('a refused connection gets a clear message', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await assert.rejects(
      sendHttpRequest({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {} }),
      /refused the connection/,
    );
  });

  test('a body over the limit is cut and marked', async () => {
    const result = await sendHttpRequest({ method: 'GET', url: `${base}/nope`, headers: {} }, { maxBodyBytes: 4 });
    assert.equal(result.body.text, 'no s');
    assert.equal(result.body.truncated, true);
  });
});

describe('real HTTP request: bodies in pieces, empty answers and broken connections', () => {
  let pieces: http.Server;
  let piecesBase: string;
  before(async () => {
    pieces = http.createServer((req, res) => {
      if (req.url === '/chunks') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('abcd');
        setTimeout(() => res.end('efgh'), 30);
      } else if (req.url === '/no-content') {
        res.writeHead(204).end();
      } else req.socket.destroy();
    });
    await new Promise<void>((r) => pieces.listen(0, '127.0.0.1', r));
    piecesBase = `http://127.0.0.1:${(pieces.address() as AddressInfo).port}`;
  });
  after(async () => {
    pieces.closeAllConnections();
    await new Promise((r) => pieces.close(r));
  });

  test('a body that comes in pieces is put back together, and cut inside a later piece', async () => {
    const whole = await sendHttpRequest({ method: 'GET', url: `${piecesBase}/chunks`, headers: {} });
    assert.deepEqual(whole.body, { kind: 'text', text: 'abcdefgh', size: 8, contentType: 'text/plain' });
    assert.ok(whole.headers.every((h) => Array.isArray(h) && h.length === 2 && typeof h[1] === 'string'));
    const cut = await sendHttpRequest({ method: 'GET', url: `${piecesBase}/chunks`, headers: {} }, { maxBodyBytes: 6 });
    assert.deepEqual(cut.body, { kind: 'text', text: 'abcdef', size: 6, contentType: 'text/plain', truncated: true });
    const exact = await sendHttpRequest(
      { method: 'GET', url: `${piecesBase}/chunks`, headers: {} },
      { maxBodyBytes: 8 },
    );
    assert.equal(exact.body.truncated, undefined, 'a body exactly at the limit is whole');
  });

  test('an answer without a body is empty, not cut', async () => {
    const result = await sendHttpRequest({ method: 'DELETE', url: `${piecesBase}/no-content`, headers: {} });
    assert.equal(result.status, 204);
    assert.deepEqual(result.body, { kind: 'empty', text: '', size: 0 });
  });

  test('the latency is the time the request took, no more', async () => {
    const before = performance.now();
    const result = await sendHttpRequest({ method: 'GET', url: `${piecesBase}/no-content`, headers: {} });
    assert.ok(result.latencyMs <= Math.ceil(performance.now() - before));
  });

  test('a connection closed before the answer, a timeout and a cancellation each say what happened', async () => {
    await assert.rejects(
      sendHttpRequest({ method: 'GET', url: `${piecesBase}/drop`, headers: {} }),
      (e: unknown) =>
        e instanceof Error && e.message === `${new URL(piecesBase).host} closed the connection before answering.`,
    );
    assert.equal(new InvokeTimeoutError(1400).message, 'No complete response within 1 s: the request timed out.');
    assert.equal(new InvokeCancelledError().message, 'The request was cancelled.');
  });

  test('an address that is not a URL is named as given', async () => {
    await assert.rejects(
      sendHttpRequest({ method: 'GET', url: 'not a url', headers: {} }),
      (e: unknown) => e instanceof Error && /^The request to not a url failed: /.test(e.message),
    );
  });
});
