/** Events per second over a sliding window, for the status bar. */
export class RateMeter {
  private readonly buckets = new Map<number, number>();

  constructor(private readonly windowSeconds = 5) {}

  add(count: number, now = Date.now()): void {
    const second = Math.floor(now / 1000);
    this.buckets.set(second, (this.buckets.get(second) ?? 0) + count);
    for (const s of this.buckets.keys()) if (s <= second - this.windowSeconds) this.buckets.delete(s);
  }

  /** Average over the last full seconds of the window. */
  perSecond(now = Date.now()): number {
    const second = Math.floor(now / 1000);
    let total = 0;
    for (const [s, n] of this.buckets) if (s > second - this.windowSeconds && s < second) total += n;
    return total / (this.windowSeconds - 1);
  }
}

export function formatRate(perSecond: number): string {
  return perSecond >= 10 ? `${Math.round(perSecond)}/s` : `${(Math.round(perSecond * 10) / 10).toFixed(1)}/s`;
}
