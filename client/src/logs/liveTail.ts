/**
 * Consumes one CloudWatch Logs Live Tail session (StartLiveTail): a stream of `sessionStart`, then a
 * `sessionUpdate` about every second with up to 500 events (sampled above that rate).
 */
import {
  StartLiveTailCommand,
  type CloudWatchLogsClient,
  type LiveTailSessionLogEvent,
} from '@aws-sdk/client-cloudwatch-logs';
import { untilAborted } from './abortable';
import type { TailEvent } from './logEvent';

/** Live Tail accepts at most this many log groups per session. */
export const maxLiveTailGroups = 10;

export interface LiveTailOptions {
  logs: Pick<CloudWatchLogsClient, 'send'>;
  /** Log group ARNs without a trailing ":*". */
  logGroupArns: string[];
  filterPattern?: string;
  signal: AbortSignal;
  /** The session has started: from now on events arrive live. */
  onStart?(): void;
  onUpdate(events: TailEvent[], sampled: boolean): void;
}

/**
 * How a session ended without an error: stopped by us, timed out (sessions last at most 3 hours), or the
 * stream simply closed, which real Live Tail does not do but a snapshot-only emulator (moto) does.
 */
export type LiveTailEnd = 'aborted' | 'timeout' | 'closed';

/** StartLiveTail itself failed: the caller falls back to polling. */
export class LiveTailStartError extends Error {
  constructor(override readonly cause: unknown) {
    super(`StartLiveTail failed: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'LiveTailStartError';
  }
}

/** A started session broke (SessionStreamingException, a dropped connection): the caller reconnects. */
export class LiveTailStreamError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'LiveTailStreamError';
  }
}

export function logGroupNameFromArn(arnOrName: string): string {
  const m = /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:(.+?)(?::\*)?$/.exec(arnOrName);
  return m ? m[1] : arnOrName;
}

export async function runLiveTail(options: LiveTailOptions): Promise<LiveTailEnd> {
  const { signal } = options;
  let stream: AsyncIterable<unknown> | undefined;
  try {
    const response = await options.logs.send(
      new StartLiveTailCommand({
        logGroupIdentifiers: options.logGroupArns,
        ...(options.filterPattern ? { logEventFilterPattern: options.filterPattern } : {}),
      }),
      { abortSignal: signal },
    );
    stream = response.responseStream;
  } catch (err) {
    if (signal.aborted) return 'aborted';
    throw new LiveTailStartError(err);
  }
  if (!stream) throw new LiveTailStartError(new Error('the response has no event stream'));

  try {
    for await (const item of untilAborted(stream, signal)) {
      const member = item as {
        sessionStart?: unknown;
        sessionUpdate?: { sessionMetadata?: { sampled?: boolean }; sessionResults?: LiveTailSessionLogEvent[] };
        SessionTimeoutException?: { message?: string };
        SessionStreamingException?: { message?: string };
      };
      if (member.sessionStart) options.onStart?.();
      else if (member.sessionUpdate) {
        const events = (member.sessionUpdate.sessionResults ?? []).map(toTailEvent);
        options.onUpdate(events, member.sessionUpdate.sessionMetadata?.sampled === true);
      } else if (member.SessionTimeoutException) return 'timeout';
      else if (member.SessionStreamingException) {
        throw new LiveTailStreamError(
          `Live Tail session failed: ${member.SessionStreamingException.message ?? 'SessionStreamingException'}`,
        );
      }
    }
  } catch (err) {
    if (signal.aborted) return 'aborted';
    if (err instanceof LiveTailStreamError) throw err;
    // The SDK raises modelled stream exceptions as errors, not as members.
    if ((err as Error)?.name === 'SessionTimeoutException') return 'timeout';
    throw new LiveTailStreamError(`Live Tail connection lost: ${(err as Error)?.message ?? String(err)}`, err);
  }
  return signal.aborted ? 'aborted' : 'closed';
}

function toTailEvent(e: LiveTailSessionLogEvent): TailEvent {
  return {
    logGroupName: logGroupNameFromArn(e.logGroupIdentifier ?? ''),
    logStreamName: e.logStreamName ?? '',
    timestamp: e.timestamp ?? 0,
    message: e.message ?? '',
  };
}
