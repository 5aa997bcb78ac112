/**
 * A Lambda proxy integration's result → the HTTP answer. REST (and HTTP 1.0) accept only the documented keys;
 * anything else is a malformed response, a 502 (DG "Output format of a Lambda function for proxy integration";
 * runtime facts L10–L12). HTTP API 2.0 infers a 200 JSON answer from a result without `statusCode` (L24, L25).
 */
import type { GatewayHttpResponse } from '../types';

const allowedKeys = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded', 'cookies']);

/** `binaryAccepted`: REST only, the first Accept type is one of the API's binary media types. */
export function proxyResponse(payload: string, format: 'rest' | 'http1' | 'http2', binaryAccepted = false): GatewayHttpResponse | 'malformed' {
  let result: unknown;
  try {
    result = JSON.parse(payload);
  } catch {
    return 'malformed';
  }
  if (format === 'http2') {
    const explicit = typeof result === 'object' && result !== null && !Array.isArray(result) && 'statusCode' in result;
    if (!explicit) {
      const body = typeof result === 'string' ? result : JSON.stringify(result);
      return { statusCode: 200, headers: { 'content-type': ['application/json'] }, body: Buffer.from(body) };
    }
  }
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return 'malformed';
  const r = result as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!allowedKeys.has(key) || (key === 'cookies' && format !== 'http2')) return 'malformed';
  // A string status that is a number counts; anything else is malformed (facts L12).
  const status = r.statusCode === undefined ? 200 : Number(r.statusCode);
  if (!Number.isInteger(status) || status < 100 || status > 599) return 'malformed';
  const headers: Record<string, string[]> = {};
  const names = new Map<string, string>();
  const add = (name: string, value: unknown) => {
    const existing = names.get(name.toLowerCase()) ?? name;
    names.set(name.toLowerCase(), existing);
    const values = (headers[existing] ??= []);
    if (!values.includes(String(value))) values.push(String(value));
  };
  if (r.multiValueHeaders !== undefined && r.multiValueHeaders !== null) {
    if (typeof r.multiValueHeaders !== 'object' || Array.isArray(r.multiValueHeaders)) return 'malformed';
    for (const [name, values] of Object.entries(r.multiValueHeaders as Record<string, unknown>)) {
      if (!Array.isArray(values)) return 'malformed';
      for (const v of values) add(name, v);
    }
  }
  if (r.headers !== undefined && r.headers !== null) {
    if (typeof r.headers !== 'object' || Array.isArray(r.headers)) return 'malformed';
    for (const [name, value] of Object.entries(r.headers as Record<string, unknown>)) add(name, value);
  }
  if (format === 'http2' && Array.isArray(r.cookies)) headers['set-cookie'] = r.cookies.map(String);
  if (r.body !== undefined && r.body !== null && typeof r.body !== 'string' && format !== 'http2') return 'malformed';
  const text = r.body === undefined || r.body === null ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  // REST decodes a base64 body only when the first Accept type is a binary media type, else returns it as it is
  // (DG "Return binary media from a Lambda proxy integration"; facts L12, L13); HTTP APIs always decode it.
  const decode = r.isBase64Encoded === true && (format !== 'rest' || binaryAccepted);
  const body = decode ? Buffer.from(text, 'base64') : Buffer.from(text);
  if (![...names.keys()].includes('content-type')) headers[format === 'rest' ? 'Content-Type' : 'content-type'] = ['application/json'];
  return { statusCode: status, headers, body };
}
