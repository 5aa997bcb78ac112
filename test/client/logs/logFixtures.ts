/** Shared set-up for the log tail tests: a Logs client on moto, writing real events, and waiting with deadlines. */
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  type StartLiveTailResponseStream,
} from '@aws-sdk/client-cloudwatch-logs';
import { testCredentials, testRegion } from '../../support/moto';

export function logsClient(endpoint: string, maxAttempts = 2): CloudWatchLogsClient {
  return new CloudWatchLogsClient({
    endpoint,
    region: testRegion,
    credentials: testCredentials,
    disableHostPrefix: true,
    maxAttempts,
  });
}

export async function createGroup(
  logs: CloudWatchLogsClient,
  group: string,
  streams: string[] = ['s1'],
): Promise<void> {
  await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
  for (const s of streams) await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: s }));
}

/** Writes events in one call; they must be in chronological order and not older than 14 days (moto checks). */
export async function putEvents(
  logs: CloudWatchLogsClient,
  group: string,
  stream: string,
  events: { timestamp: number; message: string }[],
): Promise<void> {
  await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: events }));
}

/** Polls `condition` until it holds or the deadline passes (never a fixed sleep). */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Counts the calls of one SDK operation on a client, so tests can wait for "two more polls" instead of sleeping. */
export function countCalls(client: CloudWatchLogsClient, commandName: string): { readonly count: number } {
  const counter = { count: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === commandName) counter.count++;
      return next(args);
    },
    { step: 'initialize', name: `count${commandName}${Math.random()}` },
  );
  return counter;
}

/**
 * A Live Tail event stream the test feeds by hand, standing in for StartLiveTail's response
 * (moto's StartLiveTail sends one snapshot and closes, so live behaviour needs a stub).
 */
export class StubLiveStream implements AsyncIterable<StartLiveTailResponseStream> {
  private readonly items: (StartLiveTailResponseStream | Error | 'end')[] = [];
  private wake: (() => void) | undefined;
  /** Set when the consumer closed the stream (as aborting a real HTTP stream does). */
  returned = false;

  push(item: StartLiveTailResponseStream | Error | 'end'): this {
    this.items.push(item);
    this.wake?.();
    return this;
  }

  [Symbol.asyncIterator](): AsyncIterator<StartLiveTailResponseStream> {
    const done = { done: true as const, value: undefined };
    return {
      next: async () => {
        while (this.items.length === 0 && !this.returned) await new Promise<void>((r) => (this.wake = r));
        if (this.returned) return done;
        const item = this.items.shift()!;
        if (item === 'end') return done;
        if (item instanceof Error) throw item;
        return { done: false, value: item };
      },
      return: async () => {
        this.returned = true;
        this.wake?.();
        return done;
      },
    };
  }
}

/**
 * Replaces StartLiveTail on a real client: each call takes the next entry of `sessions` (a stream, or an error
 * to throw as the start failure). Every other operation still goes to moto.
 */
export function stubStartLiveTail(
  client: CloudWatchLogsClient,
  sessions: (StubLiveStream | Error)[],
): { calls: { logGroupIdentifiers?: string[]; logEventFilterPattern?: string }[] } {
  const calls: { logGroupIdentifiers?: string[]; logEventFilterPattern?: string }[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'StartLiveTailCommand') return next(args);
      calls.push(args.input as (typeof calls)[number]);
      const session = sessions.shift();
      if (!session)
        throw Object.assign(new Error('no more stub sessions'), {
          name: 'ServiceUnavailableException',
          $metadata: { httpStatusCode: 503 },
        });
      if (session instanceof Error) throw session;
      return { response: {}, output: { $metadata: {}, responseStream: session } };
    },
    { step: 'initialize', name: 'stubStartLiveTail' },
  );
  return { calls };
}

export function liveEvent(group: string, stream: string, timestamp: number, message: string) {
  return {
    logGroupIdentifier: `arn:aws:logs:${testRegion}:123456789012:log-group:${group}`,
    logStreamName: stream,
    timestamp,
    message,
    ingestionTime: timestamp,
  };
}
