/**
 * Stand-ins for Live Tail's event stream (moto's StartLiveTail sends one snapshot and closes, so live behaviour needs
 * a stub), kept apart from logFixtures.ts so that fast tests can use them without the moto launcher.
 */
import { CloudWatchLogsClient, type StartLiveTailResponseStream } from '@aws-sdk/client-cloudwatch-logs';

/** The region of the tests' clients (test/support/moto.ts uses the same). */
const region = 'us-east-1';

/** A Logs client on a closed port of 127.0.0.1: whatever a stub does not answer fails as a refused connection. */
export function closedPortLogsClient(): CloudWatchLogsClient {
  return new CloudWatchLogsClient({
    endpoint: 'http://127.0.0.1:9',
    region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    disableHostPrefix: true,
    maxAttempts: 1,
  });
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
    logGroupIdentifier: `arn:aws:logs:${region}:123456789012:log-group:${group}`,
    logStreamName: stream,
    timestamp,
    message,
    ingestionTime: timestamp,
  };
}
