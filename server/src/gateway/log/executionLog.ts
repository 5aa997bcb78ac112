/**
 * The execution log: lines shaped like API Gateway's CloudWatch execution logs (`(<requestId>) <message>`,
 * runtime facts X2), kept in a bounded in-memory buffer and handed to listeners as they are written, so that a
 * test-invoke result and a log tail can show them.
 */

export interface LogEntry {
  /** Milliseconds since the epoch. */
  time: number;
  /** The request the line belongs to; empty for the gateway's own lines (start-up, function output). */
  requestId: string;
  message: string;
  /** `API-Gateway-Execution-Logs_<apiId>/<stage>`, the log group AWS would write to (runtime facts X1). */
  logGroup: string;
}

export type LogListener = (entry: LogEntry) => void;

/** CloudWatch cuts execution-log events at 1024 bytes (DG "Amazon API Gateway important notes"; facts T7). */
const MAX_EVENT_BYTES = 1024;

export class ExecutionLog {
  /** A ring: `next` is where the next entry goes; once full, the oldest entry is overwritten. */
  private readonly entries: LogEntry[] = [];
  private next = 0;
  private readonly listeners = new Set<LogListener>();

  constructor(private readonly capacity = 5000, private readonly sink?: (line: string) => void) {
    this.capacity = Math.max(1, Math.floor(capacity));
  }

  write(logGroup: string, requestId: string, message: string): void {
    const entry: LogEntry = { time: Date.now(), requestId, message: truncate(message), logGroup };
    if (this.entries.length < this.capacity) this.entries.push(entry);
    else this.entries[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
    this.sink?.(formatEntry(entry));
    for (const listener of this.listeners) {
      try {
        listener(entry);
      } catch {
        // A listener's failure is its own; the request goes on.
      }
    }
  }

  onLog(listener: LogListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The buffered entries, oldest first, optionally only those of one request. */
  lines(requestId?: string): LogEntry[] {
    const ordered = this.entries.length < this.capacity ? [...this.entries] : [...this.entries.slice(this.next), ...this.entries.slice(0, this.next)];
    return requestId === undefined ? ordered : ordered.filter((e) => e.requestId === requestId);
  }
}

/** One entry as CloudWatch shows an execution-log event: `(<requestId>) <message>`. */
export function formatEntry(entry: LogEntry): string {
  return entry.requestId ? `(${entry.requestId}) ${entry.message}` : entry.message;
}

function truncate(message: string): string {
  // Fewer characters than the byte limit / 3 cannot pass it, whatever they are.
  if (message.length * 3 <= MAX_EVENT_BYTES || Buffer.byteLength(message) <= MAX_EVENT_BYTES) return message;
  return Buffer.from(message).subarray(0, MAX_EVENT_BYTES).toString('utf8').replace(/\uFFFD$/, '') + ' [TRUNCATED]';
}

/** Headers or parameters printed as API Gateway prints them, like a Java map: `{Name=value, Name2=value2}`. */
export function javaMap(values: Record<string, string | string[]>): string {
  const masked = Object.entries(values).map(([k, v]) => {
    const text = Array.isArray(v) ? v.join(',') : v;
    return `${k}=${/^(authorization|x-api-key)$/i.test(k) ? mask(text) : text}`;
  });
  return `{${masked.join(', ')}}`;
}

/** Secrets show only their last 6 characters (runtime facts X3). */
function mask(value: string): string {
  return value.length <= 6 ? '*'.repeat(value.length) : '*'.repeat(value.length - 6) + value.slice(-6);
}
