/** Start times for a tail: "how far back", as in the `apigw.logs.defaultStart` setting ("5m", "1h"). */

const units: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds in a duration like "90s", "5m", "1h", "2d" (a bare number means minutes); undefined if invalid. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  if (!m) return undefined;
  const ms = Number(m[1]) * units[(m[2] || 'm').toLowerCase()];
  return ms > 0 && Number.isFinite(ms) ? ms : undefined;
}

/**
 * The epoch ms a tail starts at. `value` is a duration string, or an epoch ms number (a date in the past).
 * Falls back to `fallback` (a duration) and then to 5 minutes when `value` is unusable.
 */
export function resolveStartTime(value: string | number | undefined, fallback: string, now = Date.now()): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.min(value, now);
  const ms = (typeof value === 'string' ? parseDuration(value) : undefined) ?? parseDuration(fallback) ?? 5 * 60_000;
  return now - ms;
}

/** The choices offered in the start-time picker. */
export const startChoices = [
  { label: 'Last minute', value: '1m' },
  { label: 'Last 5 minutes', value: '5m' },
  { label: 'Last 15 minutes', value: '15m' },
  { label: 'Last hour', value: '60m' },
] as const;
