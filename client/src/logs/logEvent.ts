/** One log event as the tail shows it, whichever API (FilterLogEvents or Live Tail) delivered it. */
export interface TailEvent {
  logGroupName: string;
  logStreamName: string;
  /** Epoch milliseconds of the event itself. */
  timestamp: number;
  message: string;
  /** Only FilterLogEvents has event ids; Live Tail events have none. */
  eventId?: string;
}

/**
 * Identifies an event across APIs (Live Tail has no event id), used only to avoid showing an event twice when
 * the tail switches from one API to the other.
 */
export function contentKey(e: TailEvent): string {
  return `${e.logGroupName}\u0000${e.logStreamName}\u0000${e.timestamp}\u0000${e.message}`;
}
