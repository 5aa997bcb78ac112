/**
 * The shapes the local gateway works with: an API as loaded from a definition (routes with their integrations),
 * and the HTTP answer a pipeline stage may give.
 */

export type ApiKind = 'REST' | 'HTTP';
export type IntegrationType = 'MOCK' | 'HTTP' | 'HTTP_PROXY' | 'AWS' | 'AWS_PROXY';
export type PassthroughBehavior = 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER';

export interface IntegrationResponseSpec {
  /** `selectionPattern`; empty for the default response. */
  pattern: string;
  statusCode: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  contentHandling?: string;
}

export interface IntegrationSpec {
  type: IntegrationType;
  httpMethod: string;
  uri: string;
  requestParameters: Record<string, string>;
  requestTemplates: Record<string, string>;
  passthroughBehavior: PassthroughBehavior;
  responses: IntegrationResponseSpec[];
  timeoutMs: number;
  payloadFormatVersion: '1.0' | '2.0';
  contentHandling?: string;
  credentials?: string;
  /** HTTP API AWS service integrations (`SQS-SendMessage`, ...): no uri, parameters say what to send. */
  integrationSubtype?: string;
  /** `VPC_LINK` for private integrations, which cannot be reached from this machine. */
  connectionType?: string;
}

export type ParameterLocation = 'path' | 'querystring' | 'header';

export interface RouteSpec {
  /** Upper case, `ANY` for every method. */
  method: string;
  /** The resource path (`/pets/{id}`, `/{proxy+}`), or `$default` for an HTTP API's default route. */
  path: string;
  /** `GET /pets/{id}` or `$default`, as HTTP APIs name routes. */
  routeKey: string;
  /** The OpenAPI operation object, as plain JSON (authorizer plugins read `security` from it). */
  operation: Record<string, unknown>;
  integration?: IntegrationSpec;
  /** Set when the definition makes this route unusable: the route answers 500 and says why. */
  broken?: string;
  requiredParameters: { location: ParameterLocation; name: string }[];
  /** Content type → JSON schema (draft 4) of the request body. */
  bodyModels: Record<string, unknown>;
  validator: { parameters: boolean; body: boolean };
  /** Status code → declared method response headers. */
  methodResponses: Record<string, { headers: string[] }>;
  /** Where the route comes from, for messages: `paths./pets.get` or `BookingsFunction Events.Get`. */
  source: string;
}

export interface GatewayResponseSpec {
  statusCode?: number;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

export interface GatewayApi {
  /** The template's logical id, or a name made from the file's. */
  id: string;
  name: string;
  kind: ApiKind;
  /** The OpenAPI document as plain JSON (models are resolved against it). */
  definition: Record<string, unknown>;
  routes: RouteSpec[];
  gatewayResponses: Record<string, GatewayResponseSpec>;
  binaryMediaTypes: string[];
  /** The stage the template gives (`StageName`), used when the caller names none. */
  stageName?: string;
  /** Stage variables the template gives (`Variables`). */
  stageVariables: Record<string, string>;
  /** What the loader could not use, as lines for the start-up log. */
  problems: string[];
  /** The template resource's Properties as plain JSON (SAM `Auth`, `CorsConfiguration`), when there is one. */
  resourceProperties?: Record<string, unknown>;
}

/** A SAM function that can run locally. */
export interface LocalFunction {
  logicalId: string;
  functionName?: string;
  runtime: string;
  handler: string;
  /** Absolute directory of the code (`CodeUri`), or undefined with `inlineCode`. */
  codeDir?: string;
  inlineCode?: string;
  timeoutMs: number;
  environment: Record<string, string>;
  memoryMb: number;
}

export interface GatewayHttpResponse {
  statusCode: number;
  /** Header name (as sent) → values. */
  headers: Record<string, string[]>;
  body: Buffer;
}
