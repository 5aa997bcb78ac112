/**
 * "Compare with API Gateway": runs TestInvokeMethod on the deployed method with the same request that was
 * rendered here, and reads what API Gateway's own template produced from the execution log it returns
 * (`Endpoint request body after transformations: …` for a request template, `Method response body after
 * transformations: …` for a response template; runtime facts §10.2, X2). Pure AWS logic, no `vscode`.
 */
import {
  TestInvokeMethodCommand,
  type APIGatewayClient,
  type TestInvokeMethodCommandInput,
} from '@aws-sdk/client-api-gateway';
import type { TemplateRequestJson } from '../../../../contract/messages';
import { queryString } from '../../invoke/core/invokeUrl';
import { fillPathTemplate } from '../../invoke/core/pathTemplate';
import { findResourceId } from '../../invoke/core/resources';

type Sender = Pick<APIGatewayClient, 'send'>;

export interface CompareTarget {
  restApiId: string;
  /** The operation's path template and method, as in the definition. */
  path: string;
  method: string;
  /** Which transformation to read from the log. */
  kind: 'request' | 'response';
}

export interface AwsTransformation {
  /** What API Gateway's template produced; undefined when the log has no such line. */
  body?: string;
  /**
   * For a response template: the backend's response that AWS's template read (`Endpoint response body before
   * transformations`), so that ours can be rendered from the very same input.
   */
  templateInput?: string;
  /** The log line says the text was cut (execution log lines are cut near 1 KB, runtime facts T7). */
  truncated: boolean;
  status: number;
  log: string;
}

export function compareInput(
  target: CompareTarget,
  resourceId: string,
  request: TemplateRequestJson,
): TestInvokeMethodCommandInput {
  const method = target.method === 'ANY' ? 'GET' : target.method;
  const query = Object.entries(request.query ?? {});
  const headers = { ...(request.headers ?? {}) };
  return {
    restApiId: target.restApiId,
    resourceId,
    httpMethod: target.method,
    pathWithQueryString: fillPathTemplate(target.path, request.path ?? {}) + queryString(query),
    ...(request.body !== undefined && method !== 'GET' && method !== 'HEAD' ? { body: request.body } : {}),
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(request.stageVariables && Object.keys(request.stageVariables).length
      ? { stageVariables: request.stageVariables }
      : {}),
  };
}

/** A line of a TestInvokeMethod log: `Tue Jun 11 03:30:06 UTC 2024 : message` (runtime facts X2). */
const entryStart = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4} : /;

/** The messages of an execution log; a message may run over several lines (a multi-line body). */
export function logEntries(log: string): string[] {
  const entries: string[] = [];
  for (const line of log.split(/\r?\n/)) {
    const m = entryStart.exec(line);
    if (m) entries.push(line.slice(m[0].length));
    else if (entries.length) entries[entries.length - 1] += `\n${line}`;
  }
  return entries.map((e) => e.replace(/\n+$/, ''));
}

export function transformationFromLog(
  log: string,
  kind: 'request' | 'response',
): Pick<AwsTransformation, 'body' | 'truncated' | 'templateInput'> {
  const entries = logEntries(log);
  const read = (prefix: string) => {
    const entry = entries.find((e) => e.startsWith(prefix));
    if (entry === undefined) return undefined;
    const text = entry.slice(prefix.length);
    const truncated = /\s\[TRUNCATED\]$/.test(text);
    return { text: truncated ? text.replace(/\s\[TRUNCATED\]$/, '') : text, truncated };
  };
  const out = read(
    kind === 'request'
      ? 'Endpoint request body after transformations: '
      : 'Method response body after transformations: ',
  );
  const input = kind === 'response' ? read('Endpoint response body before transformations: ') : undefined;
  return {
    ...(out ? { body: out.text } : {}),
    ...(input && !input.truncated ? { templateInput: input.text } : {}),
    truncated: !!out?.truncated || !!input?.truncated,
  };
}

export async function compareWithApiGateway(
  client: Sender,
  target: CompareTarget,
  request: TemplateRequestJson,
  signal?: AbortSignal,
): Promise<AwsTransformation> {
  const resourceId = await findResourceId(client, target.restApiId, target.path, signal);
  const output = await client.send(new TestInvokeMethodCommand(compareInput(target, resourceId, request)), {
    abortSignal: signal,
  });
  const log = output.log ?? '';
  return { ...transformationFromLog(log, target.kind), status: output.status ?? 0, log };
}
