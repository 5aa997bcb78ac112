/**
 * Follows one log group with FilterLogEvents, for where Live Tail is unavailable (emulators, some partitions,
 * missing logs:StartLiveTail). Each pass reads from the last event time seen (inclusive, minus a small
 * look-back for late ingestion) to now, following nextToken to the end; event ids already shown are skipped.
 * Passes come quickly while events arrive and slow down when the group is idle or AWS throttles.
 */
import { FilterLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { backoffDelay, wait } from './abortable';
import type { TailEvent } from './logEvent';
import { classifyError, describeError, isAbort, type ErrorKind } from './logErrors';

export interface PollProblem {
  kind: ErrorKind;
  message: string;
  retryInMs: number;
}

export interface PollOptions {
  logs: Pick<CloudWatchLogsClient, 'send'>;
  logGroupName: string;
  filterPattern?: string;
  /** Epoch ms of the oldest event to show. */
  startTime: number;
  signal: AbortSignal;
  onEvents(events: TailEvent[]): void;
  /** A failed pass that will be retried after `retryInMs`. */
  onProblem?(problem: PollProblem): void;
  /** The first successful pass after a problem. */
  onRecovered?(): void;
  /** Delay between passes while events arrive. Default 1000 ms. */
  minIntervalMs?: number;
  /** Longest delay between passes when the group is idle. Default 10 s. */
  maxIdleIntervalMs?: number;
  /** Longest delay after errors. Default 30 s. */
  maxRetryIntervalMs?: number;
  /** FilterLogEvents page size. Default: the service's (up to 10,000). */
  pageLimit?: number;
  /** Re-read this far before the last event time, for events ingested late. Default 2000 ms. */
  lookbackMs?: number;
  /** Bound on remembered event ids. Default 50,000. */
  maxRememberedIds?: number;
}

/**
 * Event ids shown so far, with their timestamps, so ids older than the next query window can be forgotten.
 * Also capped by count, dropping the oldest insertions, for a burst of events within one millisecond window.
 */
export class SeenEvents {
  private readonly ids = new Map<string, number>();
  constructor(private readonly max: number) {}

  /** Returns true the first time an id is offered. */
  add(id: string, timestamp: number): boolean {
    if (this.ids.has(id)) return false;
    this.ids.set(id, timestamp);
    if (this.ids.size > this.max) {
      for (const oldest of this.ids.keys()) {
        this.ids.delete(oldest);
        if (this.ids.size <= this.max) break;
      }
    }
    return true;
  }

  forgetBefore(timestamp: number): void {
    for (const [id, ts] of this.ids) if (ts < timestamp) this.ids.delete(id);
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Errors after which another attempt cannot succeed. */
const fatalKinds = new Set<ErrorKind>(['denied', 'invalid']);

/** Runs until `signal` aborts. Rejects only on errors that retrying cannot fix (permissions, bad filter). */
export async function followLogGroup(options: PollOptions): Promise<void> {
  const { signal } = options;
  const minInterval = options.minIntervalMs ?? 1000;
  const maxIdle = options.maxIdleIntervalMs ?? 10_000;
  const maxRetry = options.maxRetryIntervalMs ?? 30_000;
  const lookback = options.lookbackMs ?? 2000;
  const seen = new SeenEvents(options.maxRememberedIds ?? 50_000);
  let lastTimestamp: number | undefined;
  let idleDelay = minInterval;
  let failures = 0;

  while (!signal.aborted) {
    const from =
      lastTimestamp === undefined ? options.startTime : Math.max(options.startTime, lastTimestamp - lookback);
    seen.forgetBefore(from);
    let delay: number;
    try {
      let fresh = 0;
      for await (const page of readPages(options, from, undefined)) {
        const shown = page.filter((e) => (e.eventId === undefined ? true : seen.add(e.eventId, e.timestamp)));
        for (const e of shown) lastTimestamp = Math.max(lastTimestamp ?? e.timestamp, e.timestamp);
        fresh += shown.length;
        if (shown.length > 0 && !signal.aborted) options.onEvents(shown);
      }
      if (failures > 0) options.onRecovered?.();
      failures = 0;
      idleDelay = fresh > 0 ? minInterval : Math.min(maxIdle, Math.max(minInterval, idleDelay * 2));
      delay = idleDelay;
    } catch (err) {
      if (signal.aborted || isAbort(err)) return;
      const kind = classifyError(err);
      const message = describeError(err, 'logs:FilterLogEvents', options.logGroupName);
      if (fatalKinds.has(kind)) throw new TailError(message, kind, err);
      // A missing group is checked rarely; it may be created by the first logged request.
      delay = kind === 'notFound' ? maxRetry : backoffDelay(failures, minInterval, maxRetry);
      failures++;
      options.onProblem?.({ kind, message, retryInMs: delay });
    }
    await wait(delay, signal);
  }
}

/** Events from `from` (inclusive) to `to` (exclusive, or now), page by page, following nextToken to the end. */
export async function* readPages(
  options: Pick<PollOptions, 'logs' | 'logGroupName' | 'filterPattern' | 'pageLimit' | 'signal'>,
  from: number,
  to: number | undefined,
): AsyncGenerator<TailEvent[]> {
  let nextToken: string | undefined;
  do {
    const page = await options.logs.send(
      new FilterLogEventsCommand({
        logGroupName: options.logGroupName,
        startTime: from,
        ...(to !== undefined ? { endTime: to } : {}),
        ...(options.filterPattern ? { filterPattern: options.filterPattern } : {}),
        ...(options.pageLimit ? { limit: options.pageLimit } : {}),
        ...(nextToken ? { nextToken } : {}),
      }),
      { abortSignal: options.signal },
    );
    // AWS interleaves streams by time; some emulators return them stream by stream.
    yield sortByTime(
      (page.events ?? []).map((e) => ({
        logGroupName: options.logGroupName,
        logStreamName: e.logStreamName ?? '',
        timestamp: e.timestamp ?? 0,
        message: e.message ?? '',
        ...(e.eventId ? { eventId: e.eventId } : {}),
      })),
    );
    nextToken = page.nextToken || undefined;
  } while (nextToken && !options.signal.aborted);
}

function sortByTime(events: TailEvent[]): TailEvent[] {
  return events.sort((a, b) => a.timestamp - b.timestamp);
}

/** An error that ends a tail (or one log group of it), with a message meant for the user. */
export class TailError extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'TailError';
  }
}
