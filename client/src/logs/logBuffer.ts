/**
 * The lines a log view holds, capped at `maxLines`: when full, the oldest entries (whole events, so a
 * pretty-printed JSON block is never cut in half) are dropped. Entries are kept in a queue with a moving head
 * so that dropping is cheap even at tens of thousands of lines.
 */

export interface BufferEntry {
  lines: string[];
  /** Lower-case request ids the entry mentions, for the "lines of this request" view. */
  requestIds?: string[];
}

export class LogBuffer {
  private entries: BufferEntry[] = [];
  private head = 0;
  private lines = 0;
  private droppedLines = 0;
  private cachedText: string | undefined = '';

  constructor(private maxLines: number) {
    if (!(maxLines >= 1)) throw new RangeError(`maxLines must be at least 1, got ${maxLines}`);
  }

  get lineCount(): number {
    return this.lines;
  }

  /** How many lines were dropped so far to stay under the cap. */
  get dropped(): number {
    return this.droppedLines;
  }

  get limit(): number {
    return this.maxLines;
  }

  append(entry: BufferEntry): void {
    // An entry longer than the whole cap keeps only its last lines.
    const lines = entry.lines.length > this.maxLines ? entry.lines.slice(-this.maxLines) : entry.lines;
    if (lines.length === 0) return;
    this.entries.push(lines === entry.lines ? entry : { ...entry, lines });
    this.lines += lines.length;
    this.trim();
    this.cachedText = undefined;
  }

  setLimit(maxLines: number): void {
    if (!(maxLines >= 1)) return;
    this.maxLines = maxLines;
    this.trim();
    this.cachedText = undefined;
  }

  clear(): void {
    this.entries = [];
    this.head = 0;
    this.lines = 0;
    this.cachedText = '';
  }

  /** The whole buffer as text, one line per line, without a trailing newline. Cached until the next change. */
  text(): string {
    return (this.cachedText ??= this.live()
      .flatMap((e) => e.lines)
      .join('\n'));
  }

  /** Text of the entries that mention `requestId`. */
  textFor(requestId: string): string {
    const id = requestId.toLowerCase();
    return this.live()
      .filter((e) => e.requestIds?.includes(id))
      .flatMap((e) => e.lines)
      .join('\n');
  }

  private live(): BufferEntry[] {
    return this.entries.slice(this.head);
  }

  private trim(): void {
    while (this.lines > this.maxLines && this.head < this.entries.length) {
      const oldest = this.entries[this.head];
      this.entries[this.head] = undefined as unknown as BufferEntry;
      this.head++;
      this.lines -= oldest.lines.length;
      this.droppedLines += oldest.lines.length;
    }
    // Compact once the dead prefix is as long as the live part, so memory stays proportional to the cap.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}
