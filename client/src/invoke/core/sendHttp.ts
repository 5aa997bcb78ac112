/** Sends a real request to a deployed stage with Node's fetch: timeout, cancellation and latency. */
import { formatBody, maxShownBytes } from './formatBody';
import type { HttpInvokeRequest, InvokeResult, KeyValue } from './types';

export interface SendOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  maxBodyBytes?: number;
}

export class InvokeCancelledError extends Error {
  constructor() {
    super('The request was cancelled.');
  }
}

export class InvokeTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`No complete response within ${Math.round(timeoutMs / 1000)} s: the request timed out.`);
  }
}

export async function sendHttpRequest(request: HttpInvokeRequest, options: SendOptions = {}): Promise<InvokeResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const started = performance.now();
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
      // Show redirects as they are: the API's own answer is what is being tested.
      redirect: 'manual',
    });
    const { bytes, truncated } = await readBody(response, options.maxBodyBytes ?? maxShownBytes);
    const latencyMs = Math.round(performance.now() - started);
    const headers: KeyValue[] = [];
    response.headers.forEach((value, name) => headers.push([name, value]));
    return {
      mode: 'http',
      method: request.method,
      url: request.url,
      status: response.status,
      statusText: response.statusText,
      latencyMs,
      headers,
      body: formatBody(bytes, response.headers.get('content-type') ?? undefined, truncated),
    };
  } catch (err) {
    if (options.signal?.aborted) throw new InvokeCancelledError();
    if (timeout.signal.aborted) throw new InvokeTimeoutError(timeoutMs);
    throw new Error(describeNetworkError(request.url, err));
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(response: Response, limit: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!response.body) return { bytes: new Uint8Array(), truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      chunks.push(value.subarray(0, limit - size));
      size = limit;
      await reader.cancel();
      return { bytes: concat(chunks, size), truncated: true };
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { bytes: concat(chunks, size), truncated: false };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function describeNetworkError(url: string, err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const host = safeHost(url);
  switch (cause?.code) {
    case 'ENOTFOUND':
      return `${host} was not found (DNS). Check the API id, region and stage.`;
    case 'ECONNREFUSED':
      return `${host} refused the connection. Is the endpoint running?`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `${host} closed the connection before answering.`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `The TLS certificate of ${host} is not trusted (${cause.code}).`;
    default:
      return `The request to ${host} failed: ${cause?.message ?? (err as Error)?.message ?? String(err)}`;
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
