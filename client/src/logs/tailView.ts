/**
 * One log tail in the editor: runs the pure tail session, appends formatted events and notices to its buffer,
 * and shows a status bar item (mode, events per second, sampling) that stops the tail when clicked.
 */
import * as vscode from 'vscode';
import { Commands } from '../../../contract/commands';
import { formatEvent, formatTimestamp, noticeLine } from './formatting';
import { LogBuffer } from './logBuffer';
import type { TailEvent } from './logEvent';
import { isAbort } from './logErrors';
import { OrderedBatcher } from './orderedBatcher';
import { formatRate, RateMeter } from './rateMeter';
import type { TailDocuments } from './tailDocuments';
import { runTail, type TailOptions, type TailStatus } from './tailSession';

export interface TailViewOptions {
  id: number;
  title: string;
  uri: vscode.Uri;
  documents: TailDocuments;
  maxLines: number;
  log: vscode.LogOutputChannel;
  /** Display names for groups, e.g. "access" or "λ orders". */
  groupLabels: Map<string, string>;
  session: Omit<TailOptions, 'signal' | 'onEvents' | 'onNotice' | 'onStatus'>;
}

export class TailView implements vscode.Disposable {
  readonly id: number;
  readonly uri: vscode.Uri;
  readonly title: string;
  readonly buffer: LogBuffer;
  private readonly controller = new AbortController();
  private readonly statusItem: vscode.StatusBarItem;
  private readonly rate = new RateMeter();
  private readonly batcher = new OrderedBatcher((events) => this.append(events));
  private readonly ticker: ReturnType<typeof setInterval>;
  private status: TailStatus = { mode: 'starting', sampled: false };
  private lastNotice = { text: '', at: 0 };
  private running = true;
  /** Number of events shown, for tests and the tooltip. */
  eventCount = 0;

  constructor(private readonly o: TailViewOptions) {
    this.id = o.id;
    this.uri = o.uri;
    this.title = o.title;
    this.buffer = new LogBuffer(o.maxLines);
    this.statusItem = vscode.window.createStatusBarItem(`apigw.logTail.${o.id}`, vscode.StatusBarAlignment.Left, 50);
    this.statusItem.name = 'API Gateway Log Tail';
    this.statusItem.command = { title: 'Stop Log Tail', command: Commands.stopTail, arguments: [{ tailId: o.id }] };
    this.ticker = setInterval(() => this.renderStatus(), 1000);
    this.renderStatus();
    this.statusItem.show();
    o.documents.add(this);
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    const s = this.o.session;
    this.notice(`tailing ${s.groups.map((g) => g.name).join(', ')} from ${formatTimestamp(s.startTime)}${s.filterPattern ? ` matching ${JSON.stringify(s.filterPattern)}` : ''}`);
    runTail({
      ...s,
      signal: this.controller.signal,
      onEvents: (events) => this.batcher.add(events),
      onNotice: (text) => this.notice(text),
      onStatus: (status) => {
        this.status = status;
        this.renderStatus();
      },
    }).then(
      () => this.finish(),
      (err: unknown) => {
        if (!isAbort(err)) {
          const message = (err as Error)?.message ?? String(err);
          this.notice(`tail stopped: ${message}`);
          this.o.log.error(`Log tail ${this.id} stopped: ${message}`);
          void vscode.window.showErrorMessage(`Log tail stopped: ${message}`);
        }
        this.finish();
      },
    );
  }

  /** `reason` is written into the view, e.g. why the tail stopped by itself. */
  stop(reason?: string): void {
    if (!this.running) return;
    if (reason) this.notice(reason);
    this.controller.abort();
  }

  private finish(): void {
    if (!this.running) return;
    this.batcher.flush();
    this.running = false;
    clearInterval(this.ticker);
    this.statusItem.hide();
    this.notice('tail stopped');
  }

  private append(events: TailEvent[]): void {
    const label = (name: string) => this.o.groupLabels.get(name) ?? name;
    for (const e of events) this.buffer.append(formatEvent(e, { groupLabel: label }));
    this.eventCount += events.length;
    this.rate.add(events.length);
    this.o.documents.refresh(this.id);
  }

  private notice(text: string): void {
    // Several groups polled in parallel report the same lost connection at once: say it once.
    const now = Date.now();
    if (text === this.lastNotice.text && now - this.lastNotice.at < 2000) return;
    this.lastNotice = { text, at: now };
    this.buffer.append({ lines: [noticeLine(text)] });
    this.o.documents.refresh(this.id);
  }

  private renderStatus(): void {
    const rate = formatRate(this.rate.perSecond());
    const { mode, sampled } = this.status;
    const icon = mode === 'live' ? '$(pulse)' : mode === 'polling' ? '$(sync)' : '$(loading~spin)';
    const what = mode === 'live' ? 'Live Tail' : mode === 'polling' ? 'Polling' : mode === 'reconnecting' ? 'Reconnecting' : 'Starting';
    // The count says what arrived; a rate is shown only while events arrive (a quiet tail's "0.0/s" said little).
    const count = `${this.eventCount} event${this.eventCount === 1 ? '' : 's'}`;
    const perSecond = this.rate.perSecond();
    this.statusItem.text = `${icon} ${what} · ${count}${perSecond >= 0.05 ? ` · ${rate}` : ''}${sampled ? ' $(warning) sampled' : ''}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendText(`Log tail ${this.id}: ${this.title}\n\n${this.eventCount} events shown. `);
    if (sampled) tooltip.appendText('Live Tail is sampling: more than 500 events per second match, so not every event is shown. ');
    tooltip.appendText('Click to stop.');
    this.statusItem.tooltip = tooltip;
  }

  dispose(): void {
    this.batcher.dispose();
    this.stop();
    clearInterval(this.ticker);
    this.statusItem.dispose();
    this.o.documents.remove(this.id);
  }
}
