/**
 * Turns X-Ray segment documents into the rows of a waterfall: API Gateway's segment, the authorizer and the
 * integration, Lambda and what it called, each with its start, duration, errors and annotations. Pure.
 * Field names follow "AWS X-Ray segment documents" in the X-Ray Developer Guide and "AWS X-Ray traces for Amazon
 * API Gateway APIs" in the API Gateway Developer Guide.
 */

export interface WaterfallRow {
  id: string;
  name: string;
  /** 0 for segments, deeper for their subsegments. */
  depth: number;
  kind: 'segment' | 'subsegment';
  /** e.g. "AWS::ApiGateway::Stage", "AWS::Lambda::Function". */
  origin?: string;
  namespace?: string;
  /** Milliseconds from the start of the trace. */
  startMs: number;
  durationMs: number;
  inProgress: boolean;
  error: boolean;
  fault: boolean;
  throttle: boolean;
  httpStatus?: number;
  httpMethod?: string;
  url?: string;
  annotations: [string, string][];
  /** The cause's first exception message, when there is one. */
  exception?: string;
}

export interface TraceModel {
  traceId: string;
  startTime: number;
  durationMs: number;
  rows: WaterfallRow[];
  /** API Gateway request ids found in the segments, to find the request's log lines. */
  requestIds: string[];
  /** The stage's API id and stage name, when API Gateway's segment says them. */
  api?: { apiId: string; stage: string };
  hasError: boolean;
  hasFault: boolean;
}

interface SegmentDoc {
  id?: string;
  name?: string;
  start_time?: number;
  end_time?: number;
  in_progress?: boolean;
  parent_id?: string;
  type?: string;
  origin?: string;
  namespace?: string;
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  http?: { request?: { method?: string; url?: string }; response?: { status?: number } };
  annotations?: Record<string, unknown>;
  metadata?: { default?: { request_id?: unknown } };
  aws?: { api_gateway?: { rest_api_id?: unknown; stage?: unknown; request_id?: unknown } };
  cause?: { exceptions?: { message?: unknown; type?: unknown }[] };
  subsegments?: SegmentDoc[];
}

/** Bounds against hostile or broken documents: rows drawn and nesting followed. */
const MAX_ROWS = 2000;
const MAX_DEPTH = 32;

/** An X-Ray trace id: "1-" + 8 hex digits of epoch seconds + "-" + 24 hex digits. */
export const TRACE_ID = /\b1-[0-9a-f]{8}-[0-9a-f]{24}\b/i;

/** The trace id in a header value ("Root=1-…;Parent=…;Sampled=1"), a log line or a bare id; undefined if none. */
export function findTraceId(text: string): string | undefined {
  return TRACE_ID.exec(text)?.[0].toLowerCase();
}

function parseDocument(text: string | undefined): SegmentDoc | undefined {
  if (!text || text.length > 1_000_000) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown) =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** Builds the waterfall from BatchGetTraces' segments (each a JSON document, possibly with nested subsegments). */
export function buildTraceModel(traceId: string, segments: { Document?: string }[]): TraceModel {
  const docs = segments.map((s) => parseDocument(s.Document)).filter((d): d is SegmentDoc => !!d);
  const starts = docs.map((d) => num(d.start_time)).filter((t): t is number => t !== undefined);
  const ends = docs.map((d) => num(d.end_time) ?? num(d.start_time)).filter((t): t is number => t !== undefined);
  const startTime = starts.length ? Math.min(...starts) : 0;
  const endTime = ends.length ? Math.max(...ends) : startTime;
  const rows: WaterfallRow[] = [];
  const requestIds = new Set<string>();
  let api: TraceModel['api'];

  const byId = new Map<string, SegmentDoc>();
  for (const d of docs) if (d.id) byId.set(d.id, d);
  // Subsegment ids, so that a segment whose parent is a subsegment of another document (Lambda's segment under
  // API Gateway's integration subsegment) nests there instead of standing at the top.
  const subsegmentIds = new Set<string>();
  const collect = (doc: SegmentDoc, depth: number) => {
    for (const sub of doc.subsegments ?? []) {
      if (subsegmentIds.size >= MAX_ROWS || depth > MAX_DEPTH) return;
      if (sub.id) subsegmentIds.add(sub.id);
      collect(sub, depth + 1);
    }
  };
  for (const d of docs) collect(d, 0);
  const underSegment = new Map<string, SegmentDoc[]>();
  const underSubsegment = new Map<string, SegmentDoc[]>();
  const roots: SegmentDoc[] = [];
  for (const d of docs) {
    const parent = d.parent_id;
    if (parent && parent !== d.id && byId.has(parent))
      underSegment.set(parent, [...(underSegment.get(parent) ?? []), d]);
    else if (parent && subsegmentIds.has(parent))
      underSubsegment.set(parent, [...(underSubsegment.get(parent) ?? []), d]);
    else roots.push(d);
  }
  const placed = new Set<SegmentDoc>();

  const visit = (doc: SegmentDoc, depth: number, kind: WaterfallRow['kind']) => {
    if (rows.length >= MAX_ROWS || depth > MAX_DEPTH || placed.has(doc)) return;
    placed.add(doc);
    const start = num(doc.start_time) ?? startTime;
    const end = num(doc.end_time);
    const annotations = Object.entries(doc.annotations ?? {})
      .map(([k, v]): [string, string] => [k, str(v) ?? JSON.stringify(v) ?? ''])
      .slice(0, 50);
    const gateway = doc.aws?.api_gateway;
    for (const id of [str(gateway?.request_id), str(doc.metadata?.default?.request_id)]) if (id) requestIds.add(id);
    if (!api && str(gateway?.rest_api_id) && str(gateway?.stage))
      api = { apiId: str(gateway!.rest_api_id)!, stage: str(gateway!.stage)! };
    const exception = doc.cause?.exceptions?.map((e) => str(e.message)).find((m) => !!m);
    rows.push({
      id: doc.id ?? `row${rows.length}`,
      name: doc.name ?? '(unnamed)',
      depth,
      kind,
      origin: doc.origin,
      namespace: doc.namespace,
      startMs: Math.max(0, (start - startTime) * 1000),
      durationMs: end !== undefined ? Math.max(0, (end - start) * 1000) : Math.max(0, (endTime - start) * 1000),
      inProgress: doc.in_progress === true || end === undefined,
      error: doc.error === true,
      fault: doc.fault === true,
      throttle: doc.throttle === true,
      httpStatus: num(doc.http?.response?.status),
      httpMethod: str(doc.http?.request?.method),
      url: str(doc.http?.request?.url),
      annotations,
      exception,
    });
    const nested = doc.subsegments ?? [];
    for (const sub of nested.sort((a, b) => (num(a.start_time) ?? 0) - (num(b.start_time) ?? 0)))
      visit(sub, depth + 1, 'subsegment');
    const segments = doc.id ? [...(underSegment.get(doc.id) ?? []), ...(underSubsegment.get(doc.id) ?? [])] : [];
    for (const child of segments) visit(child, depth + 1, 'segment');
  };
  for (const root of roots.sort((a, b) => (num(a.start_time) ?? 0) - (num(b.start_time) ?? 0)))
    visit(root, 0, 'segment');
  // Orphans (their parent never arrived) still show, at the top level.
  for (const d of docs) if (!placed.has(d)) visit(d, 0, 'segment');

  return {
    traceId,
    startTime: startTime * 1000,
    durationMs: Math.max(0, (endTime - startTime) * 1000),
    rows,
    requestIds: [...requestIds],
    api,
    hasError: rows.some((r) => r.error),
    hasFault: rows.some((r) => r.fault),
  };
}
