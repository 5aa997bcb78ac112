/**
 * The local APIs' execution logs as CloudWatch Logs log groups, so that the log-tail view follows them like any
 * other group: a client whose `send` answers DescribeLogGroups (local groups first) and FilterLogEvents for
 * local groups from the in-memory log, and passes everything else to the real client (AWS or the emulator).
 * Group names follow API Gateway's `API-Gateway-Execution-Logs_{apiId}/{stage}` with a `local-` API id.
 */
import { DescribeLogGroupsCommand, FilterLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { cloudWatchMessage, isLocalGroup, type ExecutionLogStore } from './executionLog';

type Send = Pick<CloudWatchLogsClient, 'send'>['send'];

export function withLocalLogGroups(real: Pick<CloudWatchLogsClient, 'send'>, store: ExecutionLogStore, activeGroups: () => string[]): Pick<CloudWatchLogsClient, 'send'> {
  const send = async (command: unknown, options?: unknown): Promise<unknown> => {
    if (command instanceof FilterLogEventsCommand && command.input.logGroupName && isLocalGroup(command.input.logGroupName)) {
      const { logGroupName, startTime = 0, endTime, filterPattern } = command.input;
      const lines = store.ofGroup(logGroupName, startTime, endTime ?? Infinity).filter((l) => matches(filterPattern, l.message));
      return {
        events: lines.map((l, i) => ({ logStreamName: 'local', timestamp: l.time, message: cloudWatchMessage(l), eventId: `${l.time}-${l.requestId}-${i}` })),
        $metadata: {},
      };
    }
    if (command instanceof DescribeLogGroupsCommand) {
      const prefix = command.input.logGroupNamePrefix ?? '';
      const local = command.input.nextToken
        ? []
        : [...new Set([...activeGroups(), ...store.groups()])].filter((g) => g.startsWith(prefix)).sort().map((logGroupName) => ({ logGroupName }));
      if (prefix && isLocalGroup(prefix)) return { logGroups: local, $metadata: {} };
      try {
        const page = (await (real.send as (c: unknown, o?: unknown) => Promise<{ logGroups?: unknown[] }>)(command, options)) ?? {};
        return { ...page, logGroups: [...local, ...(page.logGroups ?? [])] };
      } catch (err) {
        // No account or emulator: the local groups can still be tailed.
        if (local.length) return { logGroups: local, $metadata: {} };
        throw err;
      }
    }
    return (real.send as (c: unknown, o?: unknown) => Promise<unknown>)(command, options);
  };
  return { send: send as Send };
}

/** CloudWatch filter patterns, in their simplest form: every term (or "quoted phrase") must appear. */
function matches(pattern: string | undefined, message: string): boolean {
  if (!pattern?.trim()) return true;
  const terms = pattern.match(/"[^"]*"|\S+/g) ?? [];
  return terms.every((t) => message.includes(t.replace(/^"|"$/g, '')));
}
