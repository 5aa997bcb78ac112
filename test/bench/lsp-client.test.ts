import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  LspClient,
  MessageParser,
  editorAnswer,
  encodeMessage,
  startServer,
  stopServer,
} from '../../bench/lsp-client.mjs';

/** A client wired to in-memory streams, with the server's side of both. */
function inMemoryPair(options?: ConstructorParameters<typeof LspClient>[2]) {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const client = new LspClient(fromServer, toServer, options);
  const serverParser = new MessageParser();
  const received: Record<string, any>[] = [];
  let wake: (() => void) | undefined;
  toServer.on('data', (chunk: Buffer) => {
    received.push(...serverParser.push(chunk));
    wake?.();
  });
  /** The next message the client sent, in order. */
  async function nextFromClient(): Promise<Record<string, any>> {
    while (received.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return received.shift()!;
  }
  const send = (message: Record<string, unknown>) => fromServer.write(encodeMessage(message));
  return { client, fromServer, nextFromClient, send };
}

describe('bench LSP client: framing', () => {
  test('a message split at every byte, with multi-byte characters, comes out whole', () => {
    const message = { jsonrpc: '2.0', method: 'window/logMessage', params: { message: 'héllo ☃ 𝄞' } };
    const bytes = Buffer.concat([encodeMessage(message), encodeMessage({ jsonrpc: '2.0', id: 1, result: null })]);
    const parser = new MessageParser();
    const out: unknown[] = [];
    for (let i = 0; i < bytes.length; i++) out.push(...parser.push(bytes.subarray(i, i + 1)));
    assert.deepEqual(out, [message, { jsonrpc: '2.0', id: 1, result: null }]);
  });

  test('Content-Length counts bytes, not characters', () => {
    const frame = encodeMessage({ text: 'é' }).toString('utf8');
    const body = JSON.stringify({ text: 'é' });
    assert.equal(frame, `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    assert.notEqual(Buffer.byteLength(body), body.length);
  });

  test('two messages in one chunk, a trailing partial one kept for later, any header case and an extra header', () => {
    const body = JSON.stringify({ id: 7, result: [1] });
    const frame = `content-length: ${Buffer.byteLength(body)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`;
    const parser = new MessageParser();
    assert.deepEqual(parser.push(Buffer.from(frame + frame + frame.slice(0, 30))), [
      { id: 7, result: [1] },
      { id: 7, result: [1] },
    ]);
    assert.deepEqual(parser.push(Buffer.from(frame.slice(30))), [{ id: 7, result: [1] }]);
  });

  test('a header without Content-Length is an error, not a hang', () => {
    assert.throws(() => new MessageParser().push(Buffer.from('Content-Type: x\r\n\r\n{}')), /Content-Length/);
  });
});

describe('bench LSP client: requests and notifications', () => {
  test('responses are matched to requests by id, even out of order', async () => {
    const { client, nextFromClient, send } = inMemoryPair();
    const first = client.request('a', { n: 1 });
    const second = client.request('b', { n: 2 });
    const [ra, rb] = [await nextFromClient(), await nextFromClient()];
    assert.equal(ra.method, 'a');
    assert.equal(rb.method, 'b');
    assert.notEqual(ra.id, rb.id);
    send({ jsonrpc: '2.0', id: rb.id, result: 'B' });
    send({ jsonrpc: '2.0', id: ra.id, result: 'A' });
    const [resultA, resultB] = await Promise.all([first, second]);
    assert.equal(resultA.result, 'A');
    assert.equal(resultB.result, 'B');
    assert.equal(typeof resultA.receivedAt, 'number');
  });

  test('an error response rejects with its code', async () => {
    const { client, nextFromClient, send } = inMemoryPair();
    const pending = client.request('textDocument/completion', {});
    const sent = await nextFromClient();
    send({ jsonrpc: '2.0', id: sent.id, error: { code: -32803, message: 'request failed' } });
    await assert.rejects(pending, (error: any) => error.code === -32803 && /request failed/.test(error.message));
  });

  test('notifications are sent without an id', async () => {
    const { client, nextFromClient } = inMemoryPair();
    client.notify('initialized', {});
    assert.deepEqual(await nextFromClient(), { jsonrpc: '2.0', method: 'initialized', params: {} });
  });

  test('waitForNotification resolves on the first notification that matches', async () => {
    const { client, send } = inMemoryPair();
    const seen: string[] = [];
    client.onNotification((n) => seen.push(n.params.uri));
    const waiting = client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === 'file:///b.yaml');
    send({
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: 'file:///a.yaml', diagnostics: [] },
    });
    send({
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: 'file:///b.yaml', diagnostics: [{ message: 'x' }] },
    });
    const got = await waiting;
    assert.equal(got.params.diagnostics.length, 1);
    assert.deepEqual(seen, ['file:///a.yaml', 'file:///b.yaml']);
  });

  test('server requests get editor answers: configuration from the settings, null for registrations, an error when unknown', async () => {
    const settings = {
      yaml: { validate: true, schemas: { 'file:///s.json': ['*.yaml'] } },
      apigw: { validation: { enable: false } },
    };
    const { nextFromClient, send } = inMemoryPair({
      answerServerRequest: (method, params) => editorAnswer(method, params, settings),
    });
    send({
      jsonrpc: '2.0',
      id: 'c1',
      method: 'workspace/configuration',
      params: { items: [{ section: 'yaml' }, { section: 'apigw.validation' }, { section: 'missing' }] },
    });
    assert.deepEqual(await nextFromClient(), {
      jsonrpc: '2.0',
      id: 'c1',
      result: [settings.yaml, { enable: false }, null],
    });
    send({ jsonrpc: '2.0', id: 2, method: 'client/registerCapability', params: { registrations: [] } });
    assert.deepEqual(await nextFromClient(), { jsonrpc: '2.0', id: 2, result: null });
    send({ jsonrpc: '2.0', id: 3, method: 'window/workDoneProgress/create', params: { token: 't' } });
    assert.deepEqual(await nextFromClient(), { jsonrpc: '2.0', id: 3, result: null });
    send({ jsonrpc: '2.0', id: 4, method: 'custom/unknown', params: {} });
    const answer = await nextFromClient();
    assert.equal(answer.id, 4);
    assert.equal(answer.error.code, -32601);
  });

  test('a request times out with code "timeout"', async () => {
    const { client } = inMemoryPair();
    await assert.rejects(client.request('never/answered', {}, 20), (error: any) => error.code === 'timeout');
  });

  test('when the server closes its output, pending requests and waiters fail at once', async () => {
    const { client, fromServer } = inMemoryPair();
    const pending = client.request('initialize', {});
    const waiting = client.waitForNotification('textDocument/publishDiagnostics');
    fromServer.end();
    await assert.rejects(pending, /closed its output/);
    await assert.rejects(waiting, /closed its output/);
    assert.equal(client.closed, true);
    await assert.rejects(client.request('again', {}), /closed its output/);
  });
});

describe('bench LSP client: a real child process', () => {
  test('a server that crashes mid-request is reported as crashed, and stopServer returns', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-client-'));
    const script = path.join(dir, 'server.mjs');
    const clientModule = pathToFileURL(path.resolve('bench/lsp-client.mjs')).href;
    fs.writeFileSync(
      script,
      `import { MessageParser, encodeMessage } from ${JSON.stringify(clientModule)};
const parser = new MessageParser();
process.stdin.on('data', (chunk) => {
  for (const m of parser.push(chunk)) {
    if (m.method === 'initialize') process.stdout.write(encodeMessage({ jsonrpc: '2.0', id: m.id, result: { capabilities: { textDocumentSync: 2 } } }));
    if (m.method === 'crash') process.exit(3);
  }
});
`,
    );
    const server = startServer(script, ['--stdio']);
    try {
      const init = await server.client.request('initialize', { capabilities: {} }, 10_000);
      assert.equal(init.result.capabilities.textDocumentSync, 2);
      await assert.rejects(server.client.request('crash', {}, 10_000), (error: any) => error.code === 'crashed');
      assert.equal((await server.exited).code, 3);
      await stopServer(server, 1000);
    } finally {
      server.child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
