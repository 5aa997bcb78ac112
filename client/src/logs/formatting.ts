/**
 * Turns log events into the lines of the log view: timestamp, log group/stream, message. JSON (a whole message,
 * or a JSON tail after a prefix as in Lambda and execution logs) is pretty-printed on indented continuation
 * lines, so indentation-based folding collapses it. Also finds request ids and HTTP status codes.
 */
import type { TailEvent } from './logEvent';

export interface FormatOptions {
  /** Display name for a log group (e.g. "access" or "λ orders"); default: the group name. */
  groupLabel?: (logGroupName: string) => string;
  /** 'utc' prints ISO times with Z; 'local' (default) prints local wall-clock times. */
  timeZone?: 'local' | 'utc';
}

export interface FormattedEntry {
  /** First line carries timestamp and source; continuation lines start with CONTINUATION. */
  lines: string[];
  /** Request ids (UUIDs) mentioned by the event, lower case. */
  requestIds: string[];
  /** The HTTP status the event reports, if any. */
  status?: number;
}

export const CONTINUATION = '    ';
const maxStreamLabel = 24;
/** Beyond this, pretty-printing costs more than it helps (execution log events are cut at 1 KB anyway). */
const maxJsonChars = 64 * 1024;

const uuidPattern = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

export function formatTimestamp(ms: number, timeZone: 'local' | 'utc' = 'local'): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '????-??-?? ??:??:??.???';
  if (timeZone === 'utc') return d.toISOString();
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}

/**
 * Long generated stream names are shortened to what tells them apart: Lambda's "2024/01/01/[$LATEST]0123abcd…" to
 * its version and the start of its instance id ("$LATEST 0123abcd"), without the brackets that would read as the
 * end of the "[group/stream]" label; others to their distinctive end.
 */
export function shortStreamName(name: string): string {
  const lambda = /^\d{4}\/\d{2}\/\d{2}\/\[([^\]]{1,64})\]([0-9a-f]{4,})$/i.exec(name);
  if (lambda) return `${lambda[1]} ${lambda[2].slice(0, 8)}`;
  const safe = name.replace(/[[\]]/g, '');
  return safe.length <= maxStreamLabel ? safe : `…${safe.slice(-(maxStreamLabel - 1))}`;
}

export function formatEvent(event: TailEvent, options: FormatOptions = {}): FormattedEntry {
  const group = options.groupLabel?.(event.logGroupName) ?? event.logGroupName;
  const head = `${formatTimestamp(event.timestamp, options.timeZone)} [${group}/${shortStreamName(event.logStreamName)}]`;
  const message = sanitize(event.message).replace(/\s+$/, '');
  const [prefix, json] = splitJson(message);
  const body = json === undefined ? message.split('\n') : jsonLines(prefix, json);
  const lines = [`${head} ${body[0] ?? ''}`.trimEnd(), ...body.slice(1).map((l) => CONTINUATION + l)];
  return { lines, requestIds: findRequestIds(message), status: findStatus(message, json) };
}

/** Control characters other than tab and newline would garble the view. */
function sanitize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\uFFFD');
}

/** The message split into a text prefix and a JSON object/array that makes up the rest of it, if any. */
export function splitJson(message: string): [string, unknown] {
  if (message.length > maxJsonChars) return [message, undefined];
  // Only the first "{" and the first "[" are tried, so a long message is parsed at most twice.
  const candidates = [message.indexOf('{'), message.indexOf('[')].filter((i) => i >= 0).sort((a, b) => a - b);
  for (const start of candidates) {
    const rest = message.slice(start);
    try {
      const value: unknown = JSON.parse(rest);
      if (value !== null && typeof value === 'object' && Object.keys(value).length > 0)
        return [message.slice(0, start), value];
    } catch {
      /* not JSON from here */
    }
  }
  return [message, undefined];
}

function jsonLines(prefix: string, value: unknown): string[] {
  const pretty = JSON.stringify(value, null, 2).split('\n');
  return [prefix + pretty[0], ...pretty.slice(1)];
}

export function findRequestIds(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(uuidPattern), (m) => m[0].toLowerCase()))];
}

/** Ranges of request ids in one line of the view, for links. */
export function requestIdRanges(line: string): { start: number; end: number; id: string }[] {
  return Array.from(line.matchAll(uuidPattern), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    id: m[0].toLowerCase(),
  }));
}

const statusPatterns = [
  // REST execution log: "Method completed with status: 502"; also "Endpoint response ... status: 200"
  /\bstatus:\s*([1-5]\d\d)\b/i,
  // Common log format access logs: '"GET /pets HTTP/1.1" 200 1234'
  /"\s*[A-Z]+ \S+ HTTP\/[\d.]+"\s+([1-5]\d\d)\b/,
];

function findStatus(message: string, json: unknown): number | undefined {
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const record = json as Record<string, unknown>;
    for (const key of ['status', 'statusCode', 'httpStatus']) {
      const n = Number(record[key]);
      if (Number.isInteger(n) && n >= 100 && n <= 599) return n;
    }
  }
  for (const re of statusPatterns) {
    const m = re.exec(message);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A line of the view that says something about the tail itself (not a log event), e.g. a lost connection. */
export function noticeLine(text: string): string {
  return `— ${text} —`;
}
