/**
 * The host's use of the local gateway (server/src/gateway): starts it with the extension's options, takes
 * another free port when the chosen one is in use, and forwards execution-log entries as host log lines with
 * `local-` group names, so the log tail never confuses them with an account's log groups.
 */
import { PortInUseError, startGateway as start, type LogEntry, type RunningGateway } from '../gateway';
import type { FromHost, HostLogLine, HostStartOptions } from '../../../contract/localGateway';

export interface StartedGateway {
  listening: Omit<Extract<FromHost, { type: 'listening' }>, 'type'>;
  stop(): Promise<void>;
}

/** `API-Gateway-Execution-Logs_<id>/<stage>` → `..._local-<id>/<stage>`; `/aws/lambda/<fn>` → `/aws/lambda/local-<fn>`. */
export function localGroup(group: string): string {
  return group.replace(/^API-Gateway-Execution-Logs_/, 'API-Gateway-Execution-Logs_local-').replace(/^\/aws\/lambda\//, '/aws/lambda/local-');
}

export async function startGateway(options: HostStartOptions, onLog: (line: HostLogLine) => void): Promise<StartedGateway> {
  const gatewayOptions = {
    stage: options.stage,
    stageVariables: options.stageVariables,
    apiKeys: options.apiKeys,
    api: options.api,
    trusted: options.runWorkspaceCode,
    auth: { iamCredentials: options.iamCredentials, jwks: options.jwks, usagePlan: options.usagePlan },
  };
  let gateway: RunningGateway;
  let portInUse: number | undefined;
  try {
    gateway = await start({ path: options.file }, { ...gatewayOptions, port: options.port });
  } catch (err) {
    if (!(err instanceof PortInUseError)) throw err;
    portInUse = options.port;
    gateway = await start({ path: options.file }, { ...gatewayOptions, port: 0 });
  }
  const forward = (entry: LogEntry) => onLog({ requestId: entry.requestId, time: entry.time, message: entry.message, group: localGroup(entry.logGroup) });
  for (const entry of gateway.logs()) forward(entry);
  gateway.onLog(forward);
  const notes = [...gateway.api.problems];
  if (!options.runWorkspaceCode && gateway.functions.length) notes.push('The workspace is not trusted: Lambda functions of the template do not run; MOCK and HTTP integrations do.');
  return {
    listening: {
      url: `http://127.0.0.1:${gateway.port}`,
      port: gateway.port,
      stage: gateway.stage,
      apiId: gateway.api.id,
      apiType: gateway.api.kind,
      title: gateway.api.name,
      ...(portInUse !== undefined ? { portInUse } : {}),
      notes,
    },
    stop: () => gateway.stop(),
  };
}
