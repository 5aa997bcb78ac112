/** Shared set-up for the log tail tests: a Logs client on moto, writing real events, and waiting with deadlines. */
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
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

// The Live Tail stand-ins live apart, so that fast tests (bundled without the moto launcher) can use them too.
export { liveEvent, StubLiveStream, stubStartLiveTail } from './liveStreamStub';
