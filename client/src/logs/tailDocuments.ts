/**
 * The read-only documents of log tails (scheme `apigw-log:`): one per tail, plus filtered views with the lines
 * of one request. Content comes from each tail's bounded buffer; change events are throttled so a busy tail
 * re-renders a few times per second at most.
 */
import * as vscode from 'vscode';
import type { LogBuffer } from './logBuffer';

export const logScheme = 'apigw-log';
export const logLanguageId = 'apigw-log';
const renderIntervalMs = 250;

export interface TailSource {
  readonly id: number;
  readonly buffer: LogBuffer;
}

export function tailUri(id: number, title: string): vscode.Uri {
  return vscode.Uri.from({
    scheme: logScheme,
    path: `/Tail ${id} – ${title.replace(/[/\\?#]/g, '_')}`,
    query: `tail=${id}`,
  });
}

export function requestUri(id: number, requestId: string): vscode.Uri {
  return vscode.Uri.from({
    scheme: logScheme,
    path: `/Request ${requestId.slice(0, 8)} (tail ${id})`,
    query: `tail=${id}&request=${encodeURIComponent(requestId)}`,
  });
}

export function parseLogUri(uri: vscode.Uri): { tail: number; request?: string } | undefined {
  if (uri.scheme !== logScheme) return undefined;
  const q = new URLSearchParams(uri.query);
  const tail = Number(q.get('tail'));
  if (!Number.isInteger(tail) || tail <= 0) return undefined;
  const request = q.get('request') ?? undefined;
  return { tail, ...(request && /^[0-9a-f-]{36}$/i.test(request) ? { request } : {}) };
}

export class TailDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly sources = new Map<number, TailSource>();
  private readonly pending = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  add(source: TailSource): void {
    this.sources.set(source.id, source);
  }

  remove(id: number): void {
    this.sources.delete(id);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const ref = parseLogUri(uri);
    const source = ref && this.sources.get(ref.tail);
    if (!source) return '— this log tail was closed —';
    if (ref.request)
      return source.buffer.textFor(ref.request) || `— no lines of request ${ref.request} are left in the view —`;
    return source.buffer.text();
  }

  /** Schedules a re-render of the tail's documents (its own and any request views opened from it). */
  refresh(id: number): void {
    this.pending.add(id);
    this.timer ??= setTimeout(() => this.flush(), renderIntervalMs);
  }

  private flush(): void {
    this.timer = undefined;
    const ids = new Set(this.pending);
    this.pending.clear();
    for (const doc of vscode.workspace.textDocuments) {
      const ref = parseLogUri(doc.uri);
      if (ref && ids.has(ref.tail)) this.changed.fire(doc.uri);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}
