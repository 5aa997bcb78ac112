/**
 * Messages between the extension and the process that hosts a local gateway for it (dist/gatewayHost.js,
 * started with child_process.fork). The gateway runs apart from the extension host so that a handler that
 * hangs or spins never blocks the editor, and stopping it is killing a process.
 */

export interface HostStartOptions {
  /** Absolute path of the definition or template. */
  file: string;
  /** The API's logical id when the file is a template with several APIs. */
  api?: string;
  /** Preferred port; 0 for any free port. When taken, another free port is used and `portInUse` says so. */
  port: number;
  stage?: string;
  stageVariables?: Record<string, string>;
  apiKeys?: string[];
  /** False in a restricted (untrusted) workspace: no workspace code (Lambda handlers) is run. */
  runWorkspaceCode: boolean;
  /** Credentials that IAM-authorised routes accept (SigV4). */
  iamCredentials?: { accessKeyId: string; secretAccessKey: string }[];
  /** Issuer URL → JWKS file, for JWT and Cognito authorizers. */
  jwks?: Record<string, string>;
  /** The local API keys' usage plan. */
  usagePlan?: { throttle?: { rateLimit: number; burstLimit: number }; quota?: { limit: number; period: 'DAY' | 'WEEK' | 'MONTH' } };
}

/** From the extension. */
export type ToHost = { type: 'start'; options: HostStartOptions } | { type: 'stop' };

/** One execution-log line of one request. */
export interface HostLogLine {
  requestId: string;
  /** Milliseconds since the epoch. */
  time: number;
  message: string;
  /** The log group it belongs to (`API-Gateway-Execution-Logs_local-<api>/<stage>`, `/aws/lambda/local-<fn>`). */
  group?: string;
}

/** From the host. */
export type FromHost =
  | { type: 'listening'; url: string; port: number; stage: string; apiId: string; apiType: 'REST' | 'HTTP' | 'WEBSOCKET'; title?: string; portInUse?: number; notes: string[] }
  | { type: 'failed'; message: string }
  | { type: 'log'; lines: HostLogLine[] }
  | { type: 'stopped' };

export function isToHost(raw: unknown): raw is ToHost {
  const m = raw as ToHost;
  return !!m && typeof m === 'object' && (m.type === 'stop' || (m.type === 'start' && !!m.options && typeof m.options.file === 'string'));
}
