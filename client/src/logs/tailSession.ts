/**
 * Runs one log tail over one or more log groups: Live Tail where it works, polling FilterLogEvents where it
 * does not, reconnecting with backoff after dropped connections. Pure (no `vscode`): the view feeds on the
 * callbacks.
 *
 * Live Tail shows only events ingested after the session starts, so each session is paired with a backfill
 * (FilterLogEvents from the start time, or from the last event seen before a reconnect); live events that
 * arrive during the backfill are held back so the view stays in order.
 */
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { backoffDelay, wait } from './abortable';
import { CrossSourceDedupe } from './crossSourceDedupe';
import { LiveTailStartError, maxLiveTailGroups, runLiveTail } from './liveTail';
import type { TailEvent } from './logEvent';
import { classifyError, describeError, isAbort } from './logErrors';
import { followLogGroup, readPages, TailError, type PollOptions } from './poller';

export interface TailGroup {
  name: string;
  /** Needed for Live Tail; a group without one (it does not exist yet) is polled. */
  arn?: string;
}

export type TailMode = 'starting' | 'live' | 'polling' | 'reconnecting';

export interface TailStatus {
  mode: TailMode;
  /** Live Tail is sampling: more than 500 events per second match, not all are shown. */
  sampled: boolean;
}

/** Live events kept while the backfill runs; more would only be dropped by the view's line cap. */
const maxHeldLiveEvents = 10_000;

type PollTuning = Pick<
  PollOptions,
  'minIntervalMs' | 'maxIdleIntervalMs' | 'maxRetryIntervalMs' | 'pageLimit' | 'lookbackMs'
>;

export interface TailOptions {
  logs: Pick<CloudWatchLogsClient, 'send'>;
  groups: TailGroup[];
  filterPattern?: string;
  /** Epoch ms of the oldest event to show. */
  startTime: number;
  signal: AbortSignal;
  /** Try Live Tail first. False where it is known to be missing. */
  liveTail: boolean;
  onEvents(events: TailEvent[]): void;
  /** Something the user should read in the view, e.g. "connection lost, retrying in 4 s". */
  onNotice(text: string): void;
  onStatus?(status: TailStatus): void;
  polling?: PollTuning;
  /** Reconnect backoff for Live Tail. Defaults: 1 s doubling up to 30 s. */
  reconnectBaseMs?: number;
  reconnectMaxMs?: number;
}

/** Resolves when `signal` aborts; rejects with a TailError when no group can be tailed at all. */
export async function runTail(options: TailOptions): Promise<void> {
  if (options.groups.length === 0) throw new TailError('No log group to tail.', 'invalid');
  const tail = new Tail(options);
  const why = liveTailObstacle(options);
  if (why) {
    if (options.liveTail) options.onNotice(`${why}; polling instead`);
  } else {
    const next = await tail.live();
    if (next === 'stop') return;
  }
  await tail.poll();
}

function liveTailObstacle(options: TailOptions): string | undefined {
  if (!options.liveTail) return 'Live Tail is off';
  if (options.groups.length > maxLiveTailGroups) return `Live Tail takes at most ${maxLiveTailGroups} log groups`;
  const missing = options.groups.find((g) => !g.arn);
  if (missing) return `log group ${missing.name} was not found, so Live Tail cannot include it`;
  return undefined;
}

class Tail {
  private readonly dedupe = new CrossSourceDedupe();
  private nextSource = 1;
  /** Newest event timestamp shown: where a reconnect or the switch to polling resumes. */
  private lastTimestamp: number | undefined;
  private sampled = false;

  constructor(private readonly o: TailOptions) {}

  private status(mode: TailMode): void {
    this.o.onStatus?.({ mode, sampled: mode === 'live' && this.sampled });
  }

  private emit(events: TailEvent[], source: number): void {
    const shown = events.filter((e) => e.timestamp >= this.o.startTime && this.dedupe.accept(e, source));
    if (shown.length === 0 || this.o.signal.aborted) return;
    for (const e of shown) this.lastTimestamp = Math.max(this.lastTimestamp ?? e.timestamp, e.timestamp);
    this.o.onEvents(shown);
  }

  private resumeFrom(): number {
    return this.lastTimestamp ?? this.o.startTime;
  }

  /** Live Tail sessions until stopped ('stop') or until Live Tail turns out not to work here ('poll'). */
  async live(): Promise<'stop' | 'poll'> {
    const { signal } = this.o;
    let failures = 0;
    let firstSession = true;
    while (!signal.aborted) {
      this.status(firstSession ? 'starting' : 'reconnecting');
      let started = false;
      try {
        const end = await this.liveSession(() => {
          started = true;
          failures = 0;
        });
        if (end === 'aborted') return 'stop';
        if (end === 'closed') {
          this.o.onNotice('Live Tail stream ended by itself (this endpoint does not stream live); polling instead');
          return 'poll';
        }
        // 'timeout': sessions last at most 3 hours; start a new one right away.
        this.o.onNotice('Live Tail session reached its time limit; starting a new one');
      } catch (err) {
        if (signal.aborted) return 'stop';
        const cause = err instanceof LiveTailStartError ? err.cause : err;
        const kind = classifyError(cause);
        const transient = kind === 'connection' || kind === 'throttled' || kind === 'credentials';
        if (err instanceof LiveTailStartError && (firstSession || !transient)) {
          this.o.onNotice(
            `Live Tail is not available here (${describeError(cause, 'logs:StartLiveTail')}); polling instead`,
          );
          return 'poll';
        }
        const delay = backoffDelay(failures++, this.o.reconnectBaseMs ?? 1000, this.o.reconnectMaxMs ?? 30_000);
        const reason = kind === 'credentials' ? describeError(cause, 'logs:StartLiveTail') + ' ' : '';
        this.o.onNotice(`${reason}connection lost, retrying in ${formatSeconds(delay)}`);
        this.status('reconnecting');
        await wait(delay, signal);
      }
      firstSession = firstSession && !started;
    }
    return 'stop';
  }

  /** One Live Tail session with its backfill. */
  private async liveSession(onStarted: () => void): Promise<'aborted' | 'timeout' | 'closed'> {
    const { signal } = this.o;
    const liveSource = this.nextSource++;
    const held: TailEvent[] = [];
    let backfilling = true;
    let backfill: Promise<void> | undefined;
    const from = this.resumeFrom();
    const startBackfill = () =>
      (backfill ??= this.backfill(from).finally(() => {
        backfilling = false;
        this.emit(held.splice(0), liveSource);
      }));
    try {
      return await runLiveTail({
        logs: this.o.logs,
        logGroupArns: this.o.groups.map((g) => g.arn!),
        filterPattern: this.o.filterPattern,
        signal,
        onStart: () => {
          onStarted();
          this.status('live');
          void startBackfill();
        },
        onUpdate: (events, sampled) => {
          if (sampled !== this.sampled) {
            this.sampled = sampled;
            this.status('live');
          }
          if (!backfilling) return this.emit(events, liveSource);
          held.push(...events);
          // A long backfill of a busy group: keep the newest live events only, as the view would anyway.
          if (held.length > maxHeldLiveEvents) held.splice(0, held.length - maxHeldLiveEvents);
        },
      });
    } finally {
      // Whatever ended the session, what the backfill found must be in the view before anything resumes.
      if (backfill) await backfill;
      else if (held.length) this.emit(held.splice(0), liveSource);
    }
  }

  private async backfill(from: number): Promise<void> {
    await Promise.all(
      this.o.groups.map(async (g) => {
        const source = this.nextSource++;
        try {
          for await (const page of readPages(
            {
              ...this.o.polling,
              logs: this.o.logs,
              logGroupName: g.name,
              filterPattern: this.o.filterPattern,
              signal: this.o.signal,
            },
            from,
            undefined,
          )) {
            this.emit(page, source);
          }
        } catch (err) {
          if (this.o.signal.aborted || isAbort(err)) return;
          this.o.onNotice(`could not read earlier events: ${describeError(err, 'logs:FilterLogEvents', g.name)}`);
        }
      }),
    );
  }

  /** One FilterLogEvents follower per group, until stopped. Rejects only when every group failed for good. */
  async poll(): Promise<void> {
    const { signal } = this.o;
    if (signal.aborted) return;
    this.status('polling');
    const from = this.resumeFrom();
    const failures: TailError[] = [];
    const problems = new Set<string>();
    await Promise.all(
      this.o.groups.map(async (g) => {
        const source = this.nextSource++;
        try {
          await followLogGroup({
            ...this.o.polling,
            logs: this.o.logs,
            logGroupName: g.name,
            filterPattern: this.o.filterPattern,
            startTime: from,
            signal,
            onEvents: (events) => this.emit(events, source),
            onProblem: (p) => {
              problems.add(g.name);
              const retry = `retrying in ${formatSeconds(p.retryInMs)}`;
              this.o.onNotice(
                p.kind === 'connection'
                  ? `connection lost, ${retry}`
                  : `${p.message} ${retry[0].toUpperCase()}${retry.slice(1)}.`,
              );
              if (p.kind !== 'notFound') this.status('reconnecting');
            },
            onRecovered: () => {
              problems.delete(g.name);
              this.o.onNotice(`reading ${g.name} again`);
              if (problems.size === 0) this.status('polling');
            },
          });
        } catch (err) {
          const failure =
            err instanceof TailError
              ? err
              : new TailError(describeError(err, 'logs:FilterLogEvents', g.name), classifyError(err), err);
          failures.push(failure);
          if (failures.length < this.o.groups.length) this.o.onNotice(`stopped reading ${g.name}: ${failure.message}`);
        }
      }),
    );
    if (!signal.aborted && failures.length === this.o.groups.length) throw failures[0];
  }
}

export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 10) / 100} s`;
}
