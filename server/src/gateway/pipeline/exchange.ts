/**
 * One request on its way through the pipeline: what the client sent, the route it matched, `$context`, what the
 * integration was asked and answered, and the execution log. Every stage reads and fills this object.
 */
import type { LambdaOutcome } from '../lambda/invoke';
import type { GatewayApi, GatewayHttpResponse, RouteSpec } from '../types';
import type { GatewayResponseOptions, GatewayResponseType } from './gatewayResponses';

export interface IncomingRequest {
  method: string;
  /** Path after the stage segment, as sent (not decoded): `/pets/1`. */
  path: string;
  /** Path as sent, stage segment included: `/dev/pets/1`. */
  fullPath: string;
  /** Query string as sent, without `?`. */
  rawQuery: string;
  /** Decoded query values in order (API Gateway decodes query values form-style; runtime facts R12b). */
  query: Record<string, string[]>;
  /** Header name as sent → values. */
  headers: Record<string, string[]>;
  body: Buffer;
  sourceIp: string;
}

/** What the integration-request stage prepared, for the integration stage to send. */
export interface IntegrationCall {
  /** Where: a URL (HTTP), a function (Lambda), or nothing (MOCK). */
  target: string;
  method: string;
  headers: Record<string, string[]>;
  body: Buffer;
  /** For a Lambda integration: the event object (proxy) or the mapped payload (custom). */
  event?: unknown;
  /** MOCK: the status code the request template chose; undefined without a template (the default response). */
  mockStatus?: number;
}

/** What came back from the integration, before the integration response. */
export interface EndpointResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: Buffer;
  /** A Lambda function's outcome, when the integration was Lambda. */
  lambda?: LambdaOutcome;
}

export interface Exchange {
  readonly api: GatewayApi;
  readonly stage: string;
  readonly stageVariables: Record<string, string>;
  readonly request: IncomingRequest;
  readonly requestId: string;
  readonly startedAt: number;
  route?: RouteSpec;
  pathParameters: Record<string, string>;
  /** `$context` as templates and Lambda events see it; plugins add `authorizer` and `identity.apiKey`. */
  context: Record<string, unknown>;
  /** Path and query parameters mapped for the endpoint URL (`integration.request.path.*`, `querystring.*`). */
  integrationPath?: Record<string, string>;
  integrationQuery?: Record<string, string[]>;
  integrationCall?: IntegrationCall;
  endpointResponse?: EndpointResponse;
  /** Writes one execution-log line for this request. */
  log(message: string): void;
  /** A gateway response of this type (with the API's customization), as API Gateway gives it. */
  gatewayResponse(type: GatewayResponseType, message?: string | null, options?: GatewayResponseOptions): GatewayHttpResponse;
  /** Runs a function (ARN, name or logical id) the way Lambda integrations do; authorizer plugins use it too. */
  invokeFunction(functionRef: string, event: unknown, timeoutMs: number): Promise<LambdaOutcome>;
}

/** The first value of a header, matched without regard to case (HTTP header names are case-insensitive). */
export function headerValue(headers: Record<string, string[]>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, values] of Object.entries(headers)) if (key.toLowerCase() === lower) return values[0];
  return undefined;
}

/** Query values keep the last one where API Gateway gives a single value (runtime facts L6). */
export function lastValues(multi: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(multi)) if (v.length) out[k] = v[v.length - 1];
  return out;
}

/** Header values joined with commas, as API Gateway gives one value per header name. */
export function joinedHeaders(headers: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = v.join(',');
  return out;
}
