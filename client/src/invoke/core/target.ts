/** What a panel invokes, and the form it starts with. */
import type { OperationInfo } from '../../../../contract/messages';
import { defaultMethod } from './buildRequest';
import { pathParameters } from './pathTemplate';
import { modeNotes } from './modeNotes';
import { prefillMessage } from './websocketMessage';
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
  /** WebSocket APIs: how API Gateway picks a route from a message (`$request.body.action` by default). */
  routeSelectionExpression?: string;
  /** The definition this operation comes from, which the local gateway can serve (the "Local" mode). */
  local?: LocalSource;
}

export interface LocalSource {
  documentUri: string;
  /** The API's logical id in a template with several APIs. */
  api?: string;
}

/** Local comes first when the definition is at hand: it needs no account and shows the execution log. */
export function availableModes(target: InvokeTarget): InvokeMode[] {
  const local: InvokeMode[] = target.local && target.apiType !== 'WEBSOCKET' ? ['local'] : [];
  if (!target.apiId && !target.baseUrl && local.length) return local;
  return [
    ...local,
    ...(target.apiType === 'REST' && target.apiId && !target.baseUrl
      ? (['testInvoke', 'http'] as const)
      : (['http'] as const)),
  ];
}

/** Where requests go, without the stage: the page adds the stage and path to show the full URL. */
export function urlPrefix(target: InvokeTarget): string {
  if (target.apiType === 'WEBSOCKET') return urlPrefixWebSocket(target);
  if (target.baseUrl) return target.baseUrl.replace(/\/+$/, '');
  const id = target.apiId ?? '{api-id}';
  if (target.endpoint) return `${target.endpoint.replace(/\/+$/, '')}/_aws/execute-api/${id}`;
  return `https://${id}.execute-api.${target.region}.${target.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
}

export function initialForm(target: InvokeTarget): InvokeForm {
  const op = target.operation;
  const stage = target.stage ?? target.stages[0] ?? (target.apiType === 'HTTP' ? '$default' : '');
  return {
    method: defaultMethod(target.operationMethod),
    stage,
    mode: availableModes(target)[0],
    pathParams: Object.fromEntries(pathParameters(target.pathTemplate).map((p) => [p.name, ''])),
    query: (op?.queryParameters ?? []).map((n) => [n, '']),
    headers: (op?.headerParameters ?? []).map((n) => [n, '']),
    body:
      target.apiType === 'WEBSOCKET'
        ? prefillMessage(target.routeSelectionExpression, target.pathTemplate)
        : (op?.exampleBody ?? ''),
    stageVariables: [],
    sign: op?.auth.includes('AWS_IAM') ?? false,
    apiKey: '',
  };
}

export function panelModel(target: InvokeTarget, form: InvokeForm = initialForm(target), note?: string): PanelModel {
  const auth = target.operation?.auth ?? [];
  return {
    title: `${target.apiType === 'WEBSOCKET' ? 'WebSocket route' : target.operationMethod} ${target.pathTemplate}${target.apiName ? ` — ${target.apiName}` : ''}`,
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
    canRunLocal: !!target.local && target.apiType !== 'WEBSOCKET',
    modeNotes: modeNotes(target),
    ...(note ? { note } : {}),
  };
}

function urlPrefixWebSocket(target: InvokeTarget): string {
  if (target.baseUrl) return target.baseUrl.replace(/\/+$/, '').replace(/^http/, 'ws');
  return `wss://${target.apiId ?? '{api-id}'}.execute-api.${target.region}.${target.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
}
