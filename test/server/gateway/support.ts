// Helpers for the local gateway tests: start a gateway on a definition's text, make real HTTP requests to it,
// and run a local upstream HTTP server that echoes what it receives.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../../server/src/gateway';

export const fixtures = path.join(__dirname, 'fixtures');

export function fixtureUri(name: string): string {
  return pathToFileURL(path.join(fixtures, name)).toString();
}

export function serveText(text: string, options: GatewayOptions = {}, name = 'inline.yaml'): Promise<RunningGateway> {
  return startGateway({ text, uri: fixtureUri(name) }, options);
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json(): any;
}

export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15000) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

export interface Upstream {
  url: string;
  host: string;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1: `/status/NNN` answers with that status, `/slow` answers after 3 s (to test
 * integration timeouts), anything else echoes the request as JSON.
 */
export function startUpstream(): Promise<Upstream> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      const status = /^\/status\/(\d{3})/.exec(url);
      const echo = JSON.stringify({
        method: req.method,
        url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (url.startsWith('/slow')) {
        const timer = setTimeout(() => res.end(echo), 3000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      res.writeHead(status ? Number(status[1]) : 200, { 'content-type': 'application/json', 'x-upstream': 'yes' });
      res.end(echo);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        url: `http://127.0.0.1:${port}`,
        host: `127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
