/**
 * Gathers the events that arrive close together (the log groups of one poll, answered in parallel, or the pages of
 * one answer) and hands them on in time order, so one poll's lines never come out of order in the view. Pure.
 */
import type { TailEvent } from './logEvent';

export class OrderedBatcher {
  private pending: TailEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly flushTo: (events: TailEvent[]) => void,
    private readonly windowMs = 150,
  ) {}

  add(events: TailEvent[]): void {
    if (events.length === 0) return;
    this.pending.push(...events);
    this.timer ??= setTimeout(() => this.flush(), this.windowMs);
  }

  /** Hands on what is pending now, oldest first (a stable sort keeps a stream's own order for equal times). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const events = this.pending.sort((a, b) => a.timestamp - b.timestamp);
    this.pending = [];
    this.flushTo(events);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
  }
}
