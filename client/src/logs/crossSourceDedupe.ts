/**
 * Hides repeats when one event reaches the view through two APIs: the start-time backfill and Live Tail
 * overlap, and polling after a Live Tail session re-reads its last moments. Live Tail events carry no event id,
 * so events are matched by content (group, stream, timestamp, message). An event repeated by the same source
 * is a genuinely new event (two identical lines in one millisecond); across sources, an event is shown as many
 * times as the source that saw it most often saw it.
 */
import { createHash } from 'node:crypto';
import type { TailEvent } from './logEvent';

export class CrossSourceDedupe {
  private readonly seen = new Map<string, { shown: number; bySource: Map<number, number> }>();

  constructor(private readonly maxKeys = 20_000) {}

  accept(event: TailEvent, source: number): boolean {
    const key = keyOf(event);
    let record = this.seen.get(key);
    if (!record) {
      record = { shown: 0, bySource: new Map() };
      this.seen.set(key, record);
      this.evict();
    }
    const count = (record.bySource.get(source) ?? 0) + 1;
    record.bySource.set(source, count);
    if (count <= record.shown) return false;
    record.shown = count;
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private evict(): void {
    for (const oldest of this.seen.keys()) {
      if (this.seen.size <= this.maxKeys) return;
      this.seen.delete(oldest);
    }
  }
}

/** Hashing keeps keys small whatever the message size. */
function keyOf(e: TailEvent): string {
  return createHash('sha1')
    .update(e.logGroupName)
    .update('\u0000')
    .update(e.logStreamName)
    .update('\u0000')
    .update(String(e.timestamp))
    .update('\u0000')
    .update(e.message)
    .digest('base64');
}
