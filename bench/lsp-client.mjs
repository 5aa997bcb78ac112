// A small LSP client for language servers that speak JSON-RPC over stdio (Content-Length framing).
// Hand-written rather than vscode-jsonrpc so that every message carries the exact time it was framed: the
// benchmark measures latencies from these timestamps, and nothing may sit between the pipe and the clock.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

/** One JSON-RPC message as the bytes an LSP peer expects on the wire. */
export function encodeMessage(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/**
 * Splits a byte stream into JSON-RPC messages. Chunks may end anywhere (inside a header, inside a multi-byte
 * character); Content-Length counts bytes, so the buffer stays binary until a whole body is there.
 */
export class MessageParser {
  #buffer = Buffer.alloc(0);

  /** Feeds a chunk; returns the messages it completed, in order. Throws on a malformed header or body. */
  push(chunk) {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const messages = [];
    for (;;) {
      const headerEnd = this.#buffer.indexOf(HEADER_END);
      if (headerEnd < 0) break;
      const length = contentLength(this.#buffer.subarray(0, headerEnd).toString('ascii'));
      const bodyStart = headerEnd + HEADER_END.length;
      if (this.#buffer.length < bodyStart + length) break;
      const body = this.#buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.#buffer = this.#buffer.subarray(bodyStart + length);
      messages.push(JSON.parse(body));
    }
    return messages;
  }
}

function contentLength(header) {
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === 'content-length') {
      const value = Number(line.slice(colon + 1).trim());
      if (Number.isInteger(value) && value >= 0) return value;
    }
  }
  throw new Error(`LSP header without a valid Content-Length: ${JSON.stringify(header)}`);
}

/** What an editor would answer to the requests a server sends it; `settings` answers workspace/configuration. */
export function editorAnswer(method, params, settings = {}) {
  switch (method) {
    case 'workspace/configuration':
      return (params?.items ?? []).map((item) => lookUpSection(settings, item.section));
    case 'client/registerCapability':
    case 'client/unregisterCapability':
    case 'window/workDoneProgress/create':
    case 'window/showMessageRequest':
    case 'window/showDocument':
      return null;
    case 'workspace/workspaceFolders':
      return [];
    case 'workspace/applyEdit':
      return { applied: false, failureReason: 'the benchmark client applies no edits' };
    case 'workspace/semanticTokens/refresh':
    case 'workspace/codeLens/refresh':
    case 'workspace/inlayHint/refresh':
    case 'workspace/inlineValue/refresh':
    case 'workspace/diagnostic/refresh':
      return null;
    default:
      return undefined;
  }
}

function lookUpSection(settings, section) {
  if (!section) return settings;
  if (Object.prototype.hasOwnProperty.call(settings, section)) return settings[section];
  let value = settings;
  for (const part of section.split('.')) {
    if (value === null || typeof value !== 'object' || !(part in value)) return null;
    value = value[part];
  }
  return value;
}

export class LspError extends Error {
  constructor(message, code, data) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

/**
 * A client over any pair of streams (a child's stdout/stdin, or in-memory streams in the tests).
 * Every message received is stamped with `receivedAt` (performance.now() when its last byte was framed).
 */
export class LspClient {
  #output;
  #nextId = 1;
  #pending = new Map();
  #waiters = new Set();
  #listeners = new Set();
  #closedError = null;
  #answer;

  /**
   * @param input   the server's output (readable)
   * @param output  the server's input (writable)
   * @param options.answerServerRequest (method, params) => result | undefined (undefined: method not found)
   */
  constructor(input, output, options = {}) {
    this.#output = output;
    this.#answer = options.answerServerRequest ?? ((method, params) => editorAnswer(method, params));
    const parser = new MessageParser();
    input.on('data', (chunk) => {
      let messages;
      try {
        messages = parser.push(chunk);
      } catch (error) {
        this.close(new LspError(`unreadable message from the server: ${error.message}`, 'protocol'));
        return;
      }
      const receivedAt = performance.now();
      for (const message of messages) this.#dispatch(message, receivedAt);
    });
    input.on('end', () => this.close(new LspError('the server closed its output', 'crashed')));
    input.on('error', (error) => this.close(error));
    output.on?.('error', (error) => this.close(error));
  }

  get closed() {
    return this.#closedError !== null;
  }

  /** Sends a request; resolves with its result, rejects on an error response, a timeout or a closed server. */
  request(method, params, timeoutMs = 60_000) {
    if (this.#closedError) return Promise.reject(this.#closedError);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new LspError(`${method} timed out after ${timeoutMs} ms`, 'timeout'));
      }, timeoutMs);
      this.#pending.set(id, { method, resolve, reject, timer });
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    if (this.#closedError) throw this.#closedError;
    this.#send({ jsonrpc: '2.0', method, params });
  }

  /** Calls `listener(message)` for every notification from the server; returns a function that stops it. */
  onNotification(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The next notification `method` for which `accept(params)` holds. Register it before sending what triggers
   * it. Resolves with { params, receivedAt }.
   */
  waitForNotification(method, accept = () => true, timeoutMs = 60_000) {
    if (this.#closedError) return Promise.reject(this.#closedError);
    return new Promise((resolve, reject) => {
      const waiter = {
        method,
        accept,
        resolve: (value) => {
          clearTimeout(waiter.timer);
          this.#waiters.delete(waiter);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(waiter.timer);
          this.#waiters.delete(waiter);
          reject(error);
        },
      };
      waiter.timer = setTimeout(
        () => waiter.reject(new LspError(`no ${method} within ${timeoutMs} ms`, 'timeout')),
        timeoutMs,
      );
      this.#waiters.add(waiter);
    });
  }

  /** Fails everything still waiting; later calls reject with the same reason. */
  close(reason = new Error('client closed')) {
    if (this.#closedError) return;
    this.#closedError = reason;
    for (const { reject, timer } of this.#pending.values()) {
      clearTimeout(timer);
      reject(reason);
    }
    this.#pending.clear();
    for (const waiter of [...this.#waiters]) waiter.reject(reason);
  }

  #send(message) {
    this.#output.write(encodeMessage(message));
  }

  #dispatch(message, receivedAt) {
    if ('id' in message && message.id !== null && 'method' in message) {
      this.#answerRequest(message);
    } else if ('id' in message && message.id !== null) {
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error)
        pending.reject(
          new LspError(`${pending.method}: ${message.error.message}`, message.error.code, message.error.data),
        );
      else pending.resolve({ result: message.result ?? null, receivedAt });
    } else if ('method' in message) {
      const notification = { method: message.method, params: message.params, receivedAt };
      for (const listener of this.#listeners) listener(notification);
      for (const waiter of [...this.#waiters]) {
        if (waiter.method === message.method && waiter.accept(message.params))
          waiter.resolve({ params: message.params, receivedAt });
      }
    }
  }

  #answerRequest(message) {
    let result;
    try {
      result = this.#answer(message.method, message.params);
    } catch (error) {
      this.#send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error?.message ?? error) } });
      return;
    }
    if (result === undefined) {
      this.#send({
        jsonrpc: '2.0',
        id: message.id,
        error: { code: -32601, message: `unhandled method ${message.method}` },
      });
    } else {
      this.#send({ jsonrpc: '2.0', id: message.id, result });
    }
  }
}

/**
 * Starts `node script args...` as a stdio language server. `exited` resolves with { code, signal } when the
 * process ends; the client is closed then, so nothing waits on a crashed server.
 */
export function startServer(script, args, options = {}) {
  const child = spawn(options.execPath ?? process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stderrLines = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text) => {
    stderrLines.push(...text.split('\n').filter(Boolean));
    if (stderrLines.length > 50) stderrLines.splice(0, stderrLines.length - 50);
  });
  const client = new LspClient(child.stdout, child.stdin, { answerServerRequest: options.answerServerRequest });
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      client.close(new LspError(`server exited (code ${code}, signal ${signal})`, 'crashed'));
      resolve({ code, signal });
    });
    child.on('error', (error) => {
      client.close(new LspError(`server failed to start: ${error.message}`, 'crashed'));
      resolve({ code: null, signal: null, error });
    });
  });
  return { child, client, exited, stderrTail: () => stderrLines.slice(-10).join('\n') };
}

/** Asks the server to shut down, then kills it if it has not exited within `graceMs`. */
export async function stopServer(server, graceMs = 3000) {
  if (server.child.exitCode === null && server.child.signalCode === null && !server.client.closed) {
    try {
      await server.client.request('shutdown', null, graceMs);
      server.client.notify('exit', null);
    } catch {
      // A server that cannot shut down cleanly is killed below.
    }
  }
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  await server.exited;
  clearTimeout(timer);
}
