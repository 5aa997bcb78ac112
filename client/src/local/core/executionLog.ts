/**
 * The execution log of the local gateways: lines kept in memory (a bounded ring), found by request id for the
 * test-invoke result and followed by the log-tail view. Pure, no `vscode`.
 */
import type { HostLogLine } from '../../../../contract/localGateway';

export type { HostLogLine };

/** A line as the store keeps it (the host names its log group). */
export type StoredLine = HostLogLine;

type Listener = (lines: StoredLine[]) => void;

export class ExecutionLogStore {
  private lines: StoredLine[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly maxLines = 20_000) {}

  add(lines: StoredLine[]): void {
    if (lines.length === 0) return;
    this.lines.push(...lines);
    if (this.lines.length > this.maxLines) this.lines.splice(0, this.lines.length - this.maxLines);
    for (const listener of this.listeners) listener(lines);
  }

  forRequest(requestId: string): StoredLine[] {
    return this.lines.filter((l) => l.requestId === requestId);
  }

  /** Lines of one group from `from` (inclusive) to `to` (exclusive), oldest first. */
  ofGroup(group: string, from: number, to = Infinity): StoredLine[] {
    return this.lines.filter((l) => l.group === group && l.time >= from && l.time < to);
  }

  groups(): string[] {
    return [...new Set(this.lines.map((l) => l.group).filter((g): g is string => !!g))];
  }

  /** Calls back with each batch of new lines; returns the unsubscribe function. */
  onLines(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The lines of one request once it has completed: the gateway reports them over IPC, which may arrive just
   * after the HTTP response, so this waits for the completion line (at most `waitMs`).
   */
  async waitForRequest(requestId: string, waitMs = 2000): Promise<HostLogLine[]> {
    // The gateway ends every request, answered or failed, with this line.
    const done = () => this.forRequest(requestId).some((l) => l.message.startsWith('Method completed with status'));
    if (done()) return this.forRequest(requestId);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, waitMs);
      const off = this.onLines(() => {
        if (done()) finish();
      });
      function finish() {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
    return this.forRequest(requestId);
  }
}

/**
 * The local gateways' log groups are named like AWS's with a `local-` mark (set by the gateway host):
 * `API-Gateway-Execution-Logs_local-{apiId}/{stage}` and `/aws/lambda/local-{function}`.
 */
export function localExecutionLogGroup(apiId: string, stage: string): string {
  return `API-Gateway-Execution-Logs_local-${apiId}/${stage}`;
}

export function isLocalGroup(name: string): boolean {
  return name.startsWith('API-Gateway-Execution-Logs_local-') || name.startsWith('/aws/lambda/local-');
}

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** `Tue Jun 11 03:30:06 UTC 2024`, the time format of TestInvokeMethod logs (runtime facts X2). */
export function testInvokeTime(ms: number): string {
  const d = new Date(ms);
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** One request's lines as TestInvokeMethod shows its `log`: a header line, then `<time> : <message>`. */
export function formatRequestLog(requestId: string, lines: HostLogLine[]): string {
  return [`Execution log for request ${requestId}`, ...lines.map((l) => `${testInvokeTime(l.time)} : ${l.message}`)].join('\n');
}

/** A line as CloudWatch execution-log events read: `(<requestId>) <message>` (runtime facts X2). */
export function cloudWatchMessage(line: HostLogLine): string {
  return `(${line.requestId}) ${line.message}`;
}
