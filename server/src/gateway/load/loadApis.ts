/**
 * A definition's text → the APIs it holds, ready to serve: a standalone OpenAPI file is one API; a SAM or
 * CloudFormation template gives one API per `AWS::Serverless::Api` / `HttpApi` / `AWS::ApiGateway::RestApi` /
 * `AWS::ApiGatewayV2::Api` body, plus SAM's implicit APIs built from the functions' `Api` / `HttpApi` events.
 * The language service parses the text and finds the definitions; its error diagnostics inside an operation mark
 * that route broken (it answers 500 and names the diagnostic) while the rest of the API is served.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { indexDefinition } from '../../service/document/definitionIndex';
import type { ApiDocument, Definition } from '../../service/document/model';
import { getLanguageService } from '../../service/languageService';
import { SAM_EVENT_AUTH } from '../auth/samAuth';
import type { GatewayApi, GatewayResponseSpec, LocalFunction, RouteSpec } from '../types';
import { CfnScope, cfnToJson, localFunctionArn, LOCAL_REGION, writtenJson } from './cfnValues';
import { resourceDefinitions } from './cfnResourceApis';
import { openApiRoutes } from './openApiRoutes';
import { isObject, stringMap } from './refs';
import {
  FunctionEvent,
  functionEvents,
  IMPLICIT_HTTP_API,
  IMPLICIT_REST_API,
  samFunctions,
  stageSettings,
} from './samResources';

export interface LoadedDefinition {
  apis: GatewayApi[];
  functions: LocalFunction[];
  /** Directory that relative paths (CodeUri) are resolved against. */
  baseDir: string;
}

export class DefinitionError extends Error {}

export function loadApis(text: string, uri: string, apiType?: 'REST' | 'HTTP', depth = 0): LoadedDefinition {
  const service = getLanguageService();
  const languageId = /\.json$/i.test(uri) || /^\s*[{[]/.test(text) ? 'json' : 'yaml';
  const doc = service.parseDocument(uri, languageId, 1, text, apiType ? { apiTypeOverrides: { '**': apiType } } : {});
  if (doc.kind === 'other' || !doc.parsed.root) {
    throw new DefinitionError(`${uri}: not an OpenAPI definition or a SAM/CloudFormation template with an API`);
  }
  const baseDir = uri.startsWith('file:') ? path.dirname(fileURLToPath(uri)) : process.cwd();
  const diagnostics = service
    .validate(doc, apiType ? { apiTypeOverrides: { '**': apiType } } : {})
    .filter((d) => d.severity === 1);
  // The template as written names its parameters, resources, conditions and mappings; `Ref`s resolve to them.
  const written = doc.template ? writtenJson(doc.template.root) : undefined;
  const scope = isObject(written) ? templateScope(written) : emptyScope();
  const templateJson = doc.template ? (cfnToJson(doc.template.root, scope) as Record<string, unknown>) : undefined;
  const resources = templateJson && isObject(templateJson.Resources) ? templateJson.Resources : {};
  const globals =
    templateJson && isObject(templateJson.Globals) && isObject(templateJson.Globals.Function)
      ? templateJson.Globals.Function
      : {};

  const apis: GatewayApi[] = [];
  for (const def of doc.definitions) {
    if (def.apiType === 'WEBSOCKET') continue;
    const json = cfnToJson(def.root, scope) as Record<string, unknown>;
    const id = def.resource?.logicalId ?? fileId(uri);
    const props =
      def.resource && isObject(resources[id]) && isObject(resources[id].Properties) ? resources[id].Properties : {};
    const api = apiFrom(id, def.apiType, json, props);
    markBroken(doc, def, api.routes, diagnostics);
    apis.push(api);
  }
  addExternalDefinitions(apis, resources, baseDir, depth);
  for (const built of resourceDefinitions(resources)) {
    const api = apiFrom(built.id, built.kind, built.definition, {
      StageName: built.stage?.name,
      Variables: built.stage?.variables,
      StageVariables: built.stage?.variables,
    });
    apis.push(api);
  }
  addEventRoutes(apis, functionEvents(resources), resources);
  if (apis.length === 0)
    throw new DefinitionError(`${uri}: no REST or HTTP API found (WebSocket APIs are not served locally)`);
  return { apis, functions: samFunctions(resources, globals, baseDir), baseDir };
}

function emptyScope(): CfnScope {
  return { parameters: {}, resources: new Set() };
}

function templateScope(template: Record<string, unknown>): CfnScope {
  const parameters: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(isObject(template.Parameters) ? template.Parameters : {})) {
    if (isObject(p) && p.Default !== undefined) parameters[name] = p.Default;
  }
  return {
    parameters,
    resources: new Set(Object.keys(isObject(template.Resources) ? template.Resources : {})),
    template: {
      Conditions: isObject(template.Conditions) ? template.Conditions : undefined,
      Mappings: isObject(template.Mappings) ? template.Mappings : undefined,
    },
  };
}

function fileId(uri: string): string {
  return (uri.split(/[\\/]/).pop() ?? 'api').replace(/\.[^.]*$/, '') || 'api';
}

function apiFrom(
  id: string,
  kind: 'REST' | 'HTTP',
  json: Record<string, unknown>,
  props: Record<string, unknown>,
): GatewayApi {
  const info = isObject(json.info) ? json.info : {};
  const stage = stageSettings(props, kind);
  return {
    id,
    name: typeof info.title === 'string' ? info.title : id,
    kind,
    definition: json,
    routes: openApiRoutes(json, kind),
    gatewayResponses: kind === 'REST' ? gatewayResponses(json['x-amazon-apigateway-gateway-responses']) : {},
    binaryMediaTypes: Array.isArray(json['x-amazon-apigateway-binary-media-types'])
      ? json['x-amazon-apigateway-binary-media-types'].map(String)
      : [],
    stageName: stage.stageName,
    stageVariables: stage.variables,
    problems: [],
    resourceProperties: props,
  };
}

function gatewayResponses(raw: unknown): Record<string, GatewayResponseSpec> {
  const out: Record<string, GatewayResponseSpec> = {};
  if (!isObject(raw)) return out;
  for (const [type, value] of Object.entries(raw)) {
    if (!isObject(value)) continue;
    const status = Number(value.statusCode);
    out[type.toUpperCase()] = {
      statusCode: Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined,
      responseParameters: stringMap(value.responseParameters),
      responseTemplates: stringMap(value.responseTemplates),
    };
  }
  return out;
}

/** An error diagnostic inside an operation makes that route answer 500 with the diagnostic's text. */
function markBroken(doc: ApiDocument, def: Definition, routes: RouteSpec[], diagnostics: Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  const operations = indexDefinition(def).operations;
  // The first diagnostic in an operation names why it is broken, over the loader's own reasons.
  const marked = new Set<RouteSpec>();
  for (const d of diagnostics) {
    const offset = doc.text.offsetAt(d.range.start);
    const op = operations.find((o) => offset >= o.property.offset && offset <= o.property.offset + o.property.length);
    if (!op) continue;
    const route = routes.find((r) => r.source === `paths.${op.path}.${op.property.key.value}`);
    if (!route || marked.has(route)) continue;
    marked.add(route);
    route.broken = `${d.code ?? 'error'}: ${d.message as string} (line ${d.range.start.line + 1})`;
  }
}

/**
 * SAM APIs whose definition is a local file (`DefinitionUri: openapi.yaml`; SAM specification,
 * AWS::Serverless::Api / HttpApi): the file is loaded as a standalone definition under the resource's id.
 */
function addExternalDefinitions(
  apis: GatewayApi[],
  resources: Record<string, unknown>,
  baseDir: string,
  depth: number,
): void {
  if (depth > 0) return;
  for (const [id, raw] of Object.entries(resources)) {
    if (
      !isObject(raw) ||
      (raw.Type !== 'AWS::Serverless::Api' && raw.Type !== 'AWS::Serverless::HttpApi') ||
      !isObject(raw.Properties)
    )
      continue;
    const props = raw.Properties;
    if (
      props.DefinitionBody !== undefined ||
      typeof props.DefinitionUri !== 'string' ||
      /^s3:\/\//i.test(props.DefinitionUri)
    )
      continue;
    const file = path.resolve(baseDir, props.DefinitionUri);
    const kind = raw.Type === 'AWS::Serverless::Api' ? 'REST' : 'HTTP';
    let loaded: LoadedDefinition;
    try {
      loaded = loadApis(fs.readFileSync(file, 'utf8'), pathToFileURL(file).toString(), kind, depth + 1);
    } catch (e) {
      const api = apiFrom(id, kind, { openapi: '3.0.1', info: { title: id }, paths: {} }, props);
      api.problems.push(`DefinitionUri ${props.DefinitionUri}: ${(e as Error).message}`);
      apis.push(api);
      continue;
    }
    const external = loaded.apis[0];
    const stage = stageSettings(props, kind);
    apis.push({ ...external, id, stageName: stage.stageName, stageVariables: stage.variables });
  }
}

/** SAM adds each function's Api / HttpApi event as a Lambda proxy route of the API it names (or the implicit one). */
function addEventRoutes(apis: GatewayApi[], events: FunctionEvent[], resources: Record<string, unknown>): void {
  for (const event of events) {
    let api = apis.find((a) => a.id === event.apiId);
    if (!api) {
      if (event.apiId !== IMPLICIT_REST_API && event.apiId !== IMPLICIT_HTTP_API && !isObject(resources[event.apiId]))
        continue;
      const res = resources[event.apiId];
      const props = isObject(res) && isObject(res.Properties) ? res.Properties : {};
      api = apiFrom(event.apiId, event.kind, { openapi: '3.0.1', info: { title: event.apiId }, paths: {} }, props);
      apis.push(api);
    }
    const isDefault = event.kind === 'HTTP' && event.path === '$default';
    const path = isDefault ? '$default' : event.path;
    const routeKey = isDefault ? '$default' : `${event.method} ${path}`;
    if (api.routes.some((r) => r.routeKey === routeKey)) continue;
    api.routes.push({
      method: event.method,
      path,
      routeKey,
      operation: event.auth ? { [SAM_EVENT_AUTH]: event.auth } : {},
      integration: {
        type: 'AWS_PROXY',
        httpMethod: 'POST',
        uri: `arn:aws:apigateway:${LOCAL_REGION}:lambda:path/2015-03-31/functions/${localFunctionArn(event.functionId)}/invocations`,
        requestParameters: {},
        requestTemplates: {},
        passthroughBehavior: 'WHEN_NO_MATCH',
        responses: [],
        timeoutMs: event.kind === 'HTTP' ? 30000 : 29000,
        payloadFormatVersion: event.payloadFormatVersion,
      },
      requiredParameters: [],
      bodyModels: {},
      validator: { parameters: false, body: false },
      methodResponses: {},
      source: `${event.functionId} Events.${event.eventName}`,
    });
  }
}
