/**
 * Messages between the panel and its page (media/invoke/main.js). The page is treated as untrusted: every
 * message it sends is checked here and rebuilt from known fields only, before the extension acts on it.
 */
import { httpMethods } from './buildRequest';
import type { InvokeForm, InvokeResult, KeyValue } from './types';
import type { HistoryEntry } from './history';
import type { InvokeTarget } from './target';
import type { ConnectionsAction } from './connections';
import type { WsFrame, WsState } from './websocketSession';

/** From the page. */
export type PageMessage =
  | { type: 'ready' }
  | { type: 'send'; form: InvokeForm }
  | { type: 'cancel' }
  | { type: 'copyCurl'; form: InvokeForm }
  | { type: 'clearHistory' }
  /** The "Run API Locally" button. */
  | { type: 'runLocal' }
  /** What the page shows after a result, as text: lets the extension (and its tests) see the outcome. */
  | { type: 'rendered'; summary: string; body: string; log?: string }
  /** WebSocket routes: $connect with the form's stage, query, headers, API key and signing. */
  | { type: 'wsConnect'; form: InvokeForm }
  | { type: 'wsSend'; text: string }
  | { type: 'wsClose'; code: number; reason: string }
  /** Open the X-Ray trace the result named (X-Amzn-Trace-Id, or the execution log's "X-ray Tracing ID"). */
  | { type: 'openTrace'; traceId: string }
  /** The management API on one connection (`@connections/{id}`). */
  | { type: 'connections'; action: ConnectionsAction; connectionId: string; stage: string; message: string };

/** To the page. */
export type PanelMessage =
  | { type: 'init'; model: PanelModel }
  | { type: 'busy'; busy: boolean }
  | { type: 'result'; result: InvokeResult }
  | { type: 'error'; message: string }
  | { type: 'history'; entries: HistoryEntry[] }
  /** Puts values into the page's form, as if the user typed them. */
  | { type: 'fill'; form: Partial<InvokeForm> }
  /** Asks the page to send what its form holds, as if the user pressed Send. */
  | { type: 'sendNow' }
  /** Asks the page to press Connect (WebSocket routes), as if the user did. */
  | { type: 'connectNow' }
  /** A WebSocket frame in or out, or a connection event, with its time. */
  | { type: 'wsFrame'; frame: WsFrame }
  | { type: 'wsState'; state: WsState; connectionId?: string }
  /** "Copy as curl" worked: the page shows what was copied. */
  | { type: 'copied'; text: string };

export interface PanelModel {
  title: string;
  apiType: 'REST' | 'HTTP' | 'WEBSOCKET';
  operationMethod: string;
  pathTemplate: string;
  /** Where requests go, shown to the user; without the path. */
  baseUrl: string;
  pathParams: string[];
  stages: string[];
  /** Modes offered: TestInvokeMethod only for REST APIs with a known API. */
  modes: InvokeForm['mode'][];
  form: InvokeForm;
  needsApiKey: boolean;
  needsIam: boolean;
  /** The definition is at hand: the page offers "Run API Locally". */
  canRunLocal: boolean;
  /** Said before sending: what the chosen mode cannot do on this target, and what to use instead. */
  modeNotes?: Partial<Record<InvokeForm['mode'], string>>;
  /** Kept in the page's state, so the serializer can bring the panel back after a reload (checked again then). */
  restore?: { key: string; target: InvokeTarget };
  note?: string;
}

export const limits = { text: 8 * 1024, body: 1024 * 1024, rows: 100, name: 256 } as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export function checkPageMessage(raw: unknown): Checked<PageMessage> {
  if (!isObject(raw) || typeof raw.type !== 'string') return fail('not an object with a string "type"');
  switch (raw.type) {
    case 'ready':
    case 'cancel':
    case 'clearHistory':
    case 'runLocal':
      return { ok: true, value: { type: raw.type } };
    case 'send':
    case 'copyCurl': {
      const form = checkForm(raw.form);
      return form.ok ? { ok: true, value: { type: raw.type, form: form.value } } : form;
    }
    case 'rendered':
      if (!isString(raw.summary, limits.text) || !isString(raw.body, limits.body))
        return fail('"rendered" needs text "summary" and "body"');
      if (raw.log !== undefined && !isString(raw.log, limits.body)) return fail('"rendered.log" must be text');
      return {
        ok: true,
        value: {
          type: 'rendered',
          summary: raw.summary,
          body: raw.body,
          ...(typeof raw.log === 'string' ? { log: raw.log } : {}),
        },
      };
    case 'wsConnect': {
      const form = checkForm(raw.form);
      return form.ok ? { ok: true, value: { type: 'wsConnect', form: form.value } } : form;
    }
    case 'wsSend':
      // API Gateway's frame limit is 128 KB; the page's text is checked against it again before sending.
      if (!isString(raw.text, limits.body)) return fail('"wsSend.text" must be text of at most 1 MiB');
      return { ok: true, value: { type: 'wsSend', text: raw.text } };
    case 'openTrace':
      return typeof raw.traceId === 'string' && /^1-[0-9a-f]{8}-[0-9a-f]{24}$/.test(raw.traceId)
        ? { ok: true, value: { type: 'openTrace', traceId: raw.traceId } }
        : fail('openTrace needs an X-Ray trace id');
    case 'wsClose': {
      // 1000 or an application code (3000-4999): the only codes a client may send (RFC 6455, 7.4).
      const code = raw.code;
      if (typeof code !== 'number' || !Number.isInteger(code) || !(code === 1000 || (code >= 3000 && code <= 4999)))
        return fail('"wsClose.code" must be 1000 or 3000-4999');
      if (!isString(raw.reason, 123)) return fail('"wsClose.reason" must be text of at most 123 characters');
      return { ok: true, value: { type: 'wsClose', code, reason: raw.reason } };
    }
    case 'connections':
      if (raw.action !== 'POST' && raw.action !== 'GET' && raw.action !== 'DELETE')
        return fail('"connections.action" must be POST, GET or DELETE');
      if (!isString(raw.connectionId, 128) || !isString(raw.stage, 128) || !isString(raw.message, limits.body))
        return fail('"connections" needs text "connectionId", "stage" and "message"');
      return {
        ok: true,
        value: {
          type: 'connections',
          action: raw.action,
          connectionId: raw.connectionId,
          stage: raw.stage,
          message: raw.message,
        },
      };
    default:
      return fail(`unknown message type "${raw.type.slice(0, 40)}"`);
  }
}

export function checkForm(raw: unknown): Checked<InvokeForm> {
  if (!isObject(raw)) return fail('"form" must be an object');
  if (typeof raw.method !== 'string' || !(httpMethods as readonly string[]).includes(raw.method))
    return fail('"form.method" must be an HTTP method');
  if (!isString(raw.stage, 128)) return fail('"form.stage" must be text of at most 128 characters');
  if (raw.mode !== 'http' && raw.mode !== 'testInvoke' && raw.mode !== 'local')
    return fail('"form.mode" must be "http", "testInvoke" or "local"');
  if (!isString(raw.body, limits.body)) return fail('"form.body" must be text of at most 1 MiB');
  if (!isString(raw.apiKey, limits.text)) return fail('"form.apiKey" must be text');
  if (typeof raw.sign !== 'boolean') return fail('"form.sign" must be true or false');
  const pathParams = checkRecord(raw.pathParams);
  if (!pathParams) return fail('"form.pathParams" must map names to text');
  const lists: Partial<Record<'query' | 'headers' | 'stageVariables', KeyValue[]>> = {};
  for (const key of ['query', 'headers', 'stageVariables'] as const) {
    const rows = checkRows(raw[key]);
    if (!rows) return fail(`"form.${key}" must be a list of [name, value] text pairs`);
    lists[key] = rows;
  }
  return {
    ok: true,
    value: {
      method: raw.method,
      stage: raw.stage,
      mode: raw.mode,
      pathParams,
      query: lists.query!,
      headers: lists.headers!,
      stageVariables: lists.stageVariables!,
      body: raw.body,
      sign: raw.sign,
      apiKey: raw.apiKey,
    },
  };
}

function checkRows(raw: unknown): KeyValue[] | undefined {
  if (!Array.isArray(raw) || raw.length > limits.rows) return undefined;
  const out: KeyValue[] = [];
  for (const row of raw) {
    if (!Array.isArray(row) || row.length !== 2 || !isString(row[0], limits.name) || !isString(row[1], limits.text))
      return undefined;
    out.push([row[0], row[1]]);
  }
  return out;
}

function checkRecord(raw: unknown): Record<string, string> | undefined {
  if (!isObject(raw) || Array.isArray(raw)) return undefined;
  const entries = Object.entries(raw);
  if (entries.length > limits.rows) return undefined;
  const out = Object.create(null) as Record<string, string>;
  for (const [k, v] of entries) {
    if (k.length > limits.name || !isString(v, limits.text)) return undefined;
    out[k] = v;
  }
  return { ...out };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
