/**
 * A WebSocket API stand-in for the tests, on 127.0.0.1: checks the SigV4 signature of $connect and of the
 * management API (`@connections`) with its own SigV4 computation, echoes messages, answers `{"action":"whoami"}`
 * with the connection id, pushes a welcome message, and lets `@connections` POST, GET and DELETE reach a client.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const testCredentials = {
  accessKeyId: 'AKIDWSTEST',
  secretAccessKey: 'ws-test-secret/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
export const testRegion = 'eu-west-1';

export interface WsTestServer {
  baseUrl: string;
  /** What each $connect carried, in order. */
  connects: { query: Record<string, string>; headers: http.IncomingHttpHeaders; signed: boolean }[];
  connections: Map<string, WebSocket>;
  close(): Promise<void>;
}

const sha256 = (s: string | Buffer) => crypto.createHash('sha256').update(s).digest('hex');
const hmac = (key: crypto.BinaryLike, s: string) => crypto.createHmac('sha256', key).update(s).digest();
const uriEscape = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** 'valid', 'absent' or why it is wrong (a string). AWS General Reference, "Create a signed AWS API request". */
export function checkSignature(req: http.IncomingMessage, body: Buffer): string {
  const auth = req.headers.authorization;
  if (!auth) return 'absent';
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/execute-api\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return 'malformed Authorization header';
  const [, keyId, day, region, signedHeaderList, signature] = m;
  if (keyId !== testCredentials.accessKeyId) return 'unknown access key';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  if (amzDate.slice(0, 8) !== day) return 'x-amz-date does not match the credential scope';
  const url = new URL(req.url ?? '/', 'http://x');
  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host')) return 'host is not signed';
  const canonicalPath = url.pathname.split('/').map(uriEscape).join('/');
  const canonicalQuery = [...url.searchParams]
    .map(([k, v]) => `${uriEscape(k)}=${uriEscape(v)}`)
    .sort()
    .join('&');
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`).join('');
  const canonicalRequest = [
    req.method,
    canonicalPath,
    canonicalQuery,
    canonicalHeaders,
    signedHeaderList,
    sha256(body),
  ].join('\n');
  const scope = `${day}/${region}/execute-api/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = ['execute-api', 'aws4_request'].reduce(
    (k, part) => hmac(k, part),
    hmac(hmac(`AWS4${testCredentials.secretAccessKey}`, day), region),
  );
  return crypto.createHmac('sha256', key).update(toSign).digest('hex') === signature
    ? 'valid'
    : 'signature does not match';
}

/** `requireSignature`: unsigned or badly signed $connect requests get 403, like an IAM-authorised $connect route. */
export async function startWsTestServer(options: {
  requireSignature: boolean;
  requireApiKey?: string;
}): Promise<WsTestServer> {
  const connections = new Map<string, WebSocket>();
  const connects: WsTestServer['connects'] = [];
  const wss = new WebSocketServer({ noServer: true });
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const m = /^\/[^/]+\/@connections\/([^/?]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (!m) return json(404, { message: 'Not Found' });
      const signature = checkSignature(req, body);
      if (signature !== 'valid') return json(403, { message: `Forbidden: ${signature}` });
      const id = decodeURIComponent(m[1]);
      const socket = connections.get(id);
      if (!socket) return json(410, { message: 'GoneException' });
      if (req.method === 'POST') {
        socket.send(body.toString('utf8'));
        res.writeHead(200).end();
      } else if (req.method === 'GET') {
        json(200, {
          connectedAt: '2026-01-01T00:00:00.000Z',
          identity: { sourceIp: '127.0.0.1' },
          lastActiveAt: '2026-01-01T00:00:00.000Z',
        });
      } else if (req.method === 'DELETE') {
        socket.close(1000, 'Deleted through @connections');
        res.writeHead(204).end();
      } else json(405, { message: 'Method Not Allowed' });
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const refuse = (status: number, message: string) => {
      socket.end(
        `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n${JSON.stringify({ message })}`,
      );
    };
    const signature = checkSignature(req, Buffer.alloc(0));
    if (options.requireSignature && signature !== 'valid')
      return refuse(403, signature === 'absent' ? 'Missing Authentication Token' : `Forbidden: ${signature}`);
    if (options.requireApiKey && req.headers['x-api-key'] !== options.requireApiKey) return refuse(403, 'Forbidden');
    const url = new URL(req.url ?? '/', 'http://x');
    connects.push({ query: Object.fromEntries(url.searchParams), headers: req.headers, signed: signature === 'valid' });
    wss.handleUpgrade(req, socket, head, (ws) => {
      const id = `conn${++counter}=`;
      connections.set(id, ws);
      ws.on('close', () => connections.delete(id));
      ws.send(JSON.stringify({ message: 'welcome' }));
      ws.on('message', (data, isBinary) => {
        const text = data.toString();
        if (isBinary) return ws.send(data, { binary: true });
        if (text === '{"action":"whoami"}') return ws.send(JSON.stringify({ connectionId: id }));
        if (text === '{"action":"bye"}') return ws.close(4001, 'Bye from the route');
        ws.send(`echo: ${text}`);
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    connects,
    connections,
    async close() {
      for (const ws of connections.values()) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
