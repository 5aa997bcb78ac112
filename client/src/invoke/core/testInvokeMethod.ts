/** API Gateway's TestInvokeMethod (REST only): runs a method without auth and returns its execution log. */
import {
  TestInvokeMethodCommand,
  type APIGatewayClient,
  type TestInvokeMethodCommandInput,
  type TestInvokeMethodCommandOutput,
} from '@aws-sdk/client-api-gateway';
import { headerMap, recordOf } from './keyValues';
import { fillPathTemplate } from './pathTemplate';
import { queryString } from './invokeUrl';
import { methodAllowsBody } from './buildRequest';
import { formatTextBody } from './formatBody';
import type { InvokeForm, InvokeResult, KeyValue } from './types';

type Sender = Pick<APIGatewayClient, 'send'>;

export function testInvokeInput(
  restApiId: string,
  resourceId: string,
  pathTemplate: string,
  form: InvokeForm,
): TestInvokeMethodCommandInput {
  const headers = headerMap(form.headers);
  if (form.apiKey.trim()) headers['x-api-key'] = form.apiKey.trim();
  const stageVariables = recordOf(form.stageVariables);
  const withBody = methodAllowsBody(form.method) && form.body !== '';
  return {
    restApiId,
    resourceId,
    httpMethod: form.method,
    pathWithQueryString: fillPathTemplate(pathTemplate, form.pathParams) + queryString(form.query),
    ...(withBody ? { body: form.body } : {}),
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(Object.keys(stageVariables).length ? { stageVariables } : {}),
  };
}

export function testInvokeResult(
  input: TestInvokeMethodCommandInput,
  output: TestInvokeMethodCommandOutput,
): InvokeResult {
  const headers: KeyValue[] = [];
  const seen = new Set<string>();
  for (const [name, values] of Object.entries(output.multiValueHeaders ?? {})) {
    for (const v of values ?? []) headers.push([name, v]);
    seen.add(name.toLowerCase());
  }
  for (const [name, value] of Object.entries(output.headers ?? {}))
    if (!seen.has(name.toLowerCase())) headers.push([name, value]);
  const contentType = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const status = output.status ?? 0;
  return {
    mode: 'testInvoke',
    method: input.httpMethod ?? '',
    url: input.pathWithQueryString ?? '/',
    status,
    statusText: '',
    latencyMs: output.latency ?? 0,
    headers,
    body: formatTextBody(output.body, contentType),
    log: output.log ?? '',
  };
}

export async function runTestInvoke(
  client: Sender,
  input: TestInvokeMethodCommandInput,
  signal?: AbortSignal,
): Promise<InvokeResult> {
  const output = await client.send(new TestInvokeMethodCommand(input), { abortSignal: signal });
  return testInvokeResult(input, output);
}
