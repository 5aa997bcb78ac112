/**
 * A function mapped to a URL (`lambdaUrlMap`): the event is POSTed as JSON and the answer's body is the
 * function's result. An `X-Amz-Function-Error` header marks the body as the function's error, as Lambda's Invoke
 * API does (Lambda API reference, Invoke).
 */
import http from 'node:http';
import https from 'node:https';
import { randomUUID } from 'node:crypto';
import type { LambdaOutcome } from './invoke';
import { jsonText, scalarText } from '../../../../common/scalarText';

export function invokeUrl(url: string, event: unknown, timeoutMs: number): Promise<LambdaOutcome> {
  const requestId = randomUUID();
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ kind: 'unavailable', reason: `the URL mapped to this function is not valid: ${url}` });
      return;
    }
    const body = Buffer.from(JSON.stringify(event));
    const client = target.protocol === 'https:' ? https : http;
    const req = client.request(
      target,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const payload = Buffer.concat(chunks).toString('utf8');
          if (res.headers['x-amz-function-error'] || (res.statusCode ?? 500) >= 400) {
            let parsed: { errorMessage?: unknown; errorType?: unknown; stackTrace?: unknown } = {};
            try {
              parsed = JSON.parse(payload) as typeof parsed;
            } catch {
              parsed = { errorMessage: payload };
            }
            resolve({
              kind: 'error',
              payload,
              requestId,
              errorMessage: jsonText(parsed.errorMessage) ?? payload,
              errorType: scalarText(parsed.errorType) ?? 'Error',
              stack: Array.isArray(parsed.stackTrace) ? parsed.stackTrace.map(String) : [],
            });
          } else resolve({ kind: 'result', payload: payload || 'null', requestId });
        });
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve({ kind: 'timeout', requestId });
    });
    req.on('error', (e) =>
      resolve({ kind: 'unavailable', reason: `the URL mapped to this function did not answer: ${e.message}` }),
    );
    req.end(body);
  });
}
