/**
 * One WebSocket connection to a stage, for the panel: $connect with query parameters, headers, an API key and
 * (for IAM-authorised $connect routes) a SigV4 signature; every frame in and out with its time; close codes and
 * reasons as they come. Uses the `ws` package: Node's own WebSocket cannot send headers on the handshake.
 */
import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import { signRequest, type SigningOptions } from './sign';
import type { KeyValue } from './types';

export type FrameDirection = 'out' | 'in' | 'info' | 'error';

export interface WsFrame {
  direction: FrameDirection;
  /** Epoch milliseconds. */
  at: number;
  text: string;
  /** Binary frames are shown by size only. */
  binary?: boolean;
  size?: number;
}

export interface WsConnectOptions {
  url: string;
  headers?: KeyValue[];
  /** Sent as `x-api-key` when not empty (routes with apiKeyRequired). */
  apiKey?: string;
  /** Signs the $connect request (IAM-authorised $connect routes). */
  signing?: SigningOptions;
  handshakeTimeoutMs?: number;
}

export type WsState = 'connecting' | 'open' | 'closing' | 'closed';

/** Frames longer than this are cut for display (a frame may be up to 128 KiB on API Gateway). */
export const maxFrameChars = 128 * 1024;

/** Handshake headers that `ws` sets itself: a user value would break the upgrade. */
const reservedHeaders = new Set([
  'host',
  'connection',
  'upgrade',
  'sec-websocket-key',
  'sec-websocket-version',
  'sec-websocket-extensions',
]);

export class WebSocketSession {
  private socket: WebSocket | undefined;
  state: WsState = 'closed';
  /** From the $connect response or a message that carries one; the management API needs it. */
  connectionId: string | undefined;

  constructor(
    private readonly onFrame: (frame: WsFrame) => void,
    private readonly onState: (state: WsState, connectionId?: string) => void = () => {},
  ) {}

  async connect(options: WsConnectOptions): Promise<void> {
    this.close();
    const headers: Record<string, string> = {};
    for (const [name, value] of options.headers ?? []) {
      const lower = name.trim().toLowerCase();
      if (!lower) continue;
      if (reservedHeaders.has(lower))
        throw new Error(`The header "${name}" is set by the WebSocket handshake itself; remove it.`);
      headers[lower] = value;
    }
    if (options.apiKey) headers['x-api-key'] = options.apiKey;
    let signedHeaders = headers;
    if (options.signing)
      signedHeaders = (await signRequest({ method: 'GET', url: options.url, headers }, options.signing)).headers;
    this.connectionId = undefined;
    this.setState('connecting');
    this.frame('info', `Connecting to ${options.url}${options.signing ? ' (SigV4-signed)' : ''}`);
    const socket = new WebSocket(options.url, {
      headers: signedHeaders,
      handshakeTimeout: options.handshakeTimeoutMs ?? 30_000,
      followRedirects: false,
    });
    this.socket = socket;
    const mine = () => this.socket === socket;
    socket.on('upgrade', (res: IncomingMessage) => {
      if (!mine()) return;
      const id = connectionIdFromHeaders(res.headers);
      if (id) this.connectionId = id;
    });
    socket.on('open', () => {
      if (!mine()) return;
      this.setState('open');
      this.frame('info', `Connected${this.connectionId ? ` (connection id ${this.connectionId})` : ''}`);
    });
    socket.on('unexpected-response', (_req, res: IncomingMessage) => {
      // $connect refused (403 from IAM, 401 from an authorizer, 429 …): the answer's status and body say why.
      void readSome(res).then((body) => {
        if (!mine()) return;
        this.frame(
          'error',
          `$connect refused: HTTP ${res.statusCode ?? '?'} ${res.statusMessage ?? ''}${body ? `\n${body}` : ''}`.trim(),
        );
        socket.terminate();
        this.ended();
      });
    });
    socket.on('message', (data, isBinary) => {
      if (!mine()) return;
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      if (isBinary) {
        this.onFrame({ direction: 'in', at: Date.now(), text: '', binary: true, size: bytes.length });
        return;
      }
      const text = bytes.toString('utf8');
      this.connectionId ??= connectionIdFromMessage(text);
      this.frame('in', text, bytes.length);
    });
    socket.on('close', (code, reason) => {
      if (!mine()) return;
      const why = reason.toString('utf8');
      this.frame('info', `Closed: code ${code}${describeClose(code)}${why ? `, reason "${why}"` : ''}`);
      this.ended();
    });
    socket.on('error', (err) => {
      if (!mine()) return;
      // "Unexpected server response" follows an unexpected-response already shown.
      if (!/Unexpected server response/.test(err.message)) this.frame('error', err.message);
      if (socket.readyState === WebSocket.CLOSED) this.ended();
    });
  }

  send(text: string): void {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) throw new Error('Not connected: connect first.');
    if (Buffer.byteLength(text) > 128 * 1024)
      throw new Error('API Gateway accepts WebSocket messages of at most 128 KB.');
    this.socket.send(text);
    this.frame('out', text, Buffer.byteLength(text));
  }

  /** Closes with 1000 (normal) unless told otherwise; a socket still connecting is dropped. */
  close(code = 1000, reason = ''): void {
    const socket = this.socket;
    if (!socket) return;
    if (socket.readyState === WebSocket.CONNECTING) {
      this.socket = undefined;
      socket.terminate();
      this.frame('info', 'Connection attempt abandoned.');
      this.setState('closed');
      return;
    }
    if (socket.readyState === WebSocket.OPEN) {
      this.setState('closing');
      socket.close(code, reason.slice(0, 123));
      // A server that never answers the close frame must not hold the socket open.
      setTimeout(() => socket.readyState !== WebSocket.CLOSED && socket.terminate(), 5000).unref();
    }
  }

  dispose(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.terminate();
  }

  private ended(): void {
    this.socket = undefined;
    this.setState('closed');
  }

  private setState(state: WsState): void {
    this.state = state;
    this.onState(state, this.connectionId);
  }

  private frame(direction: FrameDirection, text: string, size?: number): void {
    this.onFrame({
      direction,
      at: Date.now(),
      text: text.length > maxFrameChars ? `${text.slice(0, maxFrameChars)}… (cut for display)` : text,
      ...(size !== undefined ? { size } : {}),
    });
  }
}

/** Some APIs return the id on $connect in a header of their own (e.g. `connectionid`, `x-connection-id`). */
function connectionIdFromHeaders(headers: IncomingMessage['headers']): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    if (
      /^(x-)?(amzn-)?connection-?id$/i.test(name) &&
      typeof value === 'string' &&
      /^[A-Za-z0-9+/=_-]{1,128}$/.test(value)
    )
      return value;
  }
  return undefined;
}

/** A message such as `{"connectionId": "L0SM9cOFvHcCIhw="}` (a common "who am I" route). */
function connectionIdFromMessage(text: string): string | undefined {
  if (!text.startsWith('{') || text.length > 64 * 1024) return undefined;
  try {
    const id = (JSON.parse(text) as { connectionId?: unknown }).connectionId;
    return typeof id === 'string' && /^[A-Za-z0-9+/=_-]{1,128}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** RFC 6455 close codes, and API Gateway's own (1001 idle timeout or 2-hour limit, 1009 message too big). */
function describeClose(code: number): string {
  const names: Record<number, string> = {
    1000: 'normal closure',
    1001: 'going away (API Gateway: idle for 10 minutes, or the 2-hour connection limit)',
    1005: 'no status code',
    1006: 'closed without a close frame',
    1008: 'policy violation',
    1009: 'message too big',
    1011: 'server error',
  };
  return names[code] ? ` (${names[code]})` : '';
}

async function readSome(res: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size > 8192) break;
    }
  } catch {
    // The body is only an explanation: the status is shown without it.
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, 8192).trim();
}
