/**
 * Reads X-Ray traces of an API Gateway stage: recent traces (slowest first), one trace by id, and the trace of an
 * API Gateway request id. Pure AWS logic, no `vscode`: tested against a real moto server.
 *
 * API Gateway names its segment "<api name>/<stage>" and records the request id in `aws.api_gateway.request_id`
 * ("AWS X-Ray traces for Amazon API Gateway APIs"). X-Ray tracing exists for REST APIs only.
 */
import type { TraceSummary, XRayClient } from '@aws-sdk/client-xray';
import { buildTraceModel, findTraceId, type TraceModel } from './traceModel';

type XRay = Pick<XRayClient, 'send'>;

export interface StageTraceRef {
  apiId: string;
  apiName: string;
  stage: string;
}

export interface TraceListItem {
  id: string;
  /** Epoch ms of the trace's start (from the id's time part when the summary has none). */
  time: number;
  durationMs: number;
  status?: number;
  method?: string;
  url?: string;
  hasError: boolean;
  hasFault: boolean;
  hasThrottle: boolean;
}

/** How far back "recent traces" look. */
export const RECENT_WINDOW_MS = 6 * 3_600_000;
const MAX_SUMMARIES = 200;
/** BatchGetTraces takes at most five ids per call. */
const BATCH = 5;

export function segmentName(ref: StageTraceRef): string {
  return `${ref.apiName}/${ref.stage}`;
}

/** The epoch seconds written in a trace id's second part. */
export function traceIdTime(id: string): number | undefined {
  const m = /^1-([0-9a-f]{8})-/i.exec(id);
  return m ? parseInt(m[1], 16) * 1000 : undefined;
}

function toItem(s: TraceSummary): TraceListItem | undefined {
  if (!s.Id) return undefined;
  return {
    id: s.Id,
    time: traceIdTime(s.Id) ?? 0,
    durationMs: (s.Duration ?? s.ResponseTime ?? 0) * 1000,
    status: s.Http?.HttpStatus,
    method: s.Http?.HttpMethod,
    url: s.Http?.HttpURL,
    hasError: !!s.HasError,
    hasFault: !!s.HasFault,
    hasThrottle: !!s.HasThrottle,
  };
}

async function summaries(
  xray: XRay,
  from: number,
  to: number,
  filter: string | undefined,
  signal?: AbortSignal,
): Promise<TraceSummary[]> {
  const { GetTraceSummariesCommand } = await import('@aws-sdk/client-xray');
  const out: TraceSummary[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const page = await xray.send(
      new GetTraceSummariesCommand({
        StartTime: new Date(from),
        EndTime: new Date(to),
        FilterExpression: filter,
        NextToken: nextToken,
      }),
      { abortSignal: signal },
    );
    out.push(...(page.TraceSummaries ?? []));
    nextToken = page.NextToken;
  } while (nextToken && out.length < MAX_SUMMARIES && ++pages < 20);
  return out.slice(0, MAX_SUMMARIES);
}

/** Segment documents of the given traces, five ids per call. */
export async function batchGetTraces(
  xray: XRay,
  ids: string[],
  signal?: AbortSignal,
): Promise<Map<string, { Document?: string }[]>> {
  const { BatchGetTracesCommand } = await import('@aws-sdk/client-xray');
  const traces = new Map<string, { Document?: string }[]>();
  for (let i = 0; i < ids.length; i += BATCH) {
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const out = await xray.send(
        new BatchGetTracesCommand({ TraceIds: ids.slice(i, i + BATCH), NextToken: nextToken }),
        { abortSignal: signal },
      );
      for (const t of out.Traces ?? [])
        if (t.Id) traces.set(t.Id, [...(traces.get(t.Id) ?? []), ...(t.Segments ?? [])]);
      nextToken = out.NextToken;
    } while (nextToken && ++pages < 20);
  }
  return traces;
}

export interface RecentTraces {
  traces: TraceListItem[];
  /** Said to the user when the list was made in a roundabout way (an emulator without filter expressions). */
  note?: string;
}

/**
 * Traces of one stage, slowest first. X-Ray filters by service name; an endpoint that cannot evaluate filter
 * expressions (moto answers "Not implemented") gets the unfiltered list, narrowed by reading each trace's segments.
 */
export async function recentTraces(
  xray: XRay,
  ref: StageTraceRef,
  options: { now?: number; windowMs?: number; signal?: AbortSignal; emulator?: boolean } = {},
): Promise<RecentTraces> {
  const to = options.now ?? Date.now();
  const from = to - (options.windowMs ?? RECENT_WINDOW_MS);
  const name = segmentName(ref);
  let items: TraceListItem[];
  let note: string | undefined;
  try {
    const found = await summaries(xray, from, to, `service(${JSON.stringify(name)})`, options.signal);
    items = found.map(toItem).filter((t): t is TraceListItem => !!t);
  } catch (err) {
    if (options.signal?.aborted || !options.emulator) throw err;
    const all = await summaries(xray, from, to, undefined, options.signal);
    const docs = await batchGetTraces(xray, all.map((s) => s.Id!).filter(Boolean), options.signal);
    items = all
      .filter((s) => (docs.get(s.Id!) ?? []).some((seg) => belongsToStage(seg.Document, ref)))
      .map(toItem)
      .filter((t): t is TraceListItem => !!t)
      // The segments are at hand: their times are surer than an emulator's summary (moto's durations are off).
      .map((t) => ({ ...t, durationMs: buildTraceModel(t.id, docs.get(t.id) ?? []).durationMs || t.durationMs }));
    note = 'This endpoint cannot filter traces by service; the list was narrowed by reading each trace.';
  }
  return { traces: items.sort((a, b) => b.durationMs - a.durationMs || b.time - a.time), note };
}

function belongsToStage(document: string | undefined, ref: StageTraceRef): boolean {
  if (!document) return false;
  try {
    const doc = JSON.parse(document) as { name?: unknown; annotations?: Record<string, unknown> };
    if (doc.name === segmentName(ref)) return true;
    return doc.annotations?.['aws:api_id'] === ref.apiId && doc.annotations?.['aws:api_stage'] === ref.stage;
  } catch {
    return false;
  }
}

export class TraceNotFoundError extends Error {}

export async function loadTrace(xray: XRay, traceId: string, signal?: AbortSignal): Promise<TraceModel> {
  const docs = await batchGetTraces(xray, [traceId], signal);
  const segments = docs.get(traceId);
  if (!segments || segments.length === 0) {
    throw new TraceNotFoundError(
      `X-Ray has no trace ${traceId} (traces are kept for 30 days, and appear a few seconds after the request).`,
    );
  }
  return buildTraceModel(traceId, segments);
}

/**
 * The trace of an API Gateway request: from a trace id in the given text (a response's X-Amzn-Trace-Id header,
 * the execution log's "X-ray Tracing ID" line), else by reading recent traces for the request id.
 */
export async function findTraceForRequest(
  xray: XRay,
  requestId: string,
  options: { text?: string; around?: number; signal?: AbortSignal; windowMs?: number } = {},
): Promise<string | undefined> {
  const direct = options.text ? findTraceId(options.text) : undefined;
  if (direct) return direct;
  const center = options.around ?? Date.now();
  const half = (options.windowMs ?? 3_600_000) / 2;
  const list = await summaries(xray, center - half, center + half, undefined, options.signal);
  const ids = list.map((s) => s.Id).filter((id): id is string => !!id);
  const docs = await batchGetTraces(xray, ids, options.signal);
  for (const [id, segments] of docs) {
    if (
      segments.some(
        (s) =>
          typeof s.Document === 'string' &&
          s.Document.includes(requestId) &&
          buildTraceModel(id, [s]).requestIds.includes(requestId),
      )
    )
      return id;
  }
  return undefined;
}
