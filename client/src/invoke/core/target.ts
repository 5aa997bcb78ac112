/** What a panel invokes, and the form it starts with. */
import type { OperationInfo } from '../../../../contract/messages';
import { defaultMethod } from './buildRequest';
import { pathParameters } from './pathTemplate';
import type { PanelModel } from './pageMessages';
import type { ApiType, InvokeForm, InvokeMode } from './types';

export interface InvokeTarget {
  apiType: ApiType;
  pathTemplate: string;
  /** Upper case; ANY lets the user choose. */
  operationMethod: string;
  apiId?: string;
  apiName?: string;
  region: string;
  /** Custom endpoint setting (emulators). */
  endpoint?: string;
  /** Loopback base URL for tests (see isLoopbackHttpUrl). */
  baseUrl?: string;
  stage?: string;
  stages: string[];
  operation?: Pick<OperationInfo, 'queryParameters' | 'headerParameters' | 'exampleBody' | 'auth'>;
}

export function availableModes(target: InvokeTarget): InvokeMode[] {
  return target.apiType === 'REST' && target.apiId && !target.baseUrl ? ['testInvoke', 'http'] : ['http'];
}

/** Where requests go, without the stage: the page adds the stage and path to show the full URL. */
export function urlPrefix(target: InvokeTarget): string {
  if (target.baseUrl) return target.baseUrl.replace(/\/+$/, '');
  const id = target.apiId ?? '{api-id}';
  if (target.endpoint) return `${target.endpoint.replace(/\/+$/, '')}/_aws/execute-api/${id}`;
  return `https://${id}.execute-api.${target.region}.${target.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
}

export function initialForm(target: InvokeTarget): InvokeForm {
  const op = target.operation;
  const stage = target.stage ?? target.stages[0] ?? (target.apiType === 'REST' ? '' : '$default');
  return {
    method: defaultMethod(target.operationMethod),
    stage,
    mode: availableModes(target)[0],
    pathParams: Object.fromEntries(pathParameters(target.pathTemplate).map((p) => [p.name, ''])),
    query: (op?.queryParameters ?? []).map((n) => [n, '']),
    headers: (op?.headerParameters ?? []).map((n) => [n, '']),
    body: op?.exampleBody ?? '',
    stageVariables: [],
    sign: op?.auth.includes('AWS_IAM') ?? false,
    apiKey: '',
  };
}

export function panelModel(target: InvokeTarget, form: InvokeForm = initialForm(target), note?: string): PanelModel {
  const auth = target.operation?.auth ?? [];
  return {
    title: `${target.operationMethod} ${target.pathTemplate}${target.apiName ? ` — ${target.apiName}` : ''}`,
    apiType: target.apiType,
    operationMethod: target.operationMethod,
    pathTemplate: target.pathTemplate,
    baseUrl: urlPrefix(target),
    pathParams: pathParameters(target.pathTemplate).map((p) => p.name),
    stages: target.stages,
    modes: availableModes(target),
    form,
    needsApiKey: auth.includes('API_KEY'),
    needsIam: auth.includes('AWS_IAM'),
    ...(note ? { note } : {}),
  };
}
