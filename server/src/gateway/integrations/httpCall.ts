/**
 * Sends an integration's HTTP request to its endpoint, within the integration timeout (DG "Amazon API Gateway
 * quotas": 50 ms to 29 s for REST, 30 s for HTTP APIs). The answer is read whole (API Gateway buffers it too),
 * up to 10 MB, API Gateway's payload limit.
 */
import http from 'node:http';
import https from 'node:https';
import type { EndpointResponse } from '../pipeline/exchange';

const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };

export type HttpCallResult = { kind: 'response'; response: EndpointResponse } | { kind: 'timeout' } | { kind: 'failed'; reason: string };

export function httpCall(url: string, method: string, headers: Record<string, string[]>, body: Buffer, timeoutMs: number): Promise<HttpCallResult> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const outHeaders: Record<string, string | string[]> = { ...headers };
    if (body.length > 0 || !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method)) outHeaders['content-length'] = String(body.length);
    let settled = false;
    const done = (result: HttpCallResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = (secure ? https : http).request(target, { method, headers: outHeaders, agent: secure ? agents.https : agents.http }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          req.destroy();
          done({ kind: 'failed', reason: 'the endpoint answered with more than 10 MB' });
        } else chunks.push(chunk);
      });
      res.on('end', () => {
        const responseHeaders: Record<string, string[]> = {};
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) (responseHeaders[res.rawHeaders[i]] ??= []).push(res.rawHeaders[i + 1]);
        done({ kind: 'response', response: { statusCode: res.statusCode ?? 502, headers: responseHeaders, body: Buffer.concat(chunks) } });
      });
      res.on('error', (e) => done({ kind: 'failed', reason: e.message }));
    });
    const timer = setTimeout(() => {
      done({ kind: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('error', (e) => done({ kind: 'failed', reason: e.message }));
    req.end(body);
  });
}
