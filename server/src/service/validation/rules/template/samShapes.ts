/**
 * What the SAM transform (aws-sam-translator 1.115.0) accepts as the type of a property, and the property tables of
 * AWS::Serverless::Api / HttpApi and of their function events (sam_resources.py and eventsources/push.py).
 * Shared by the SAM template rules.
 */
import { asIntrinsic } from '../../../document/intrinsics';
import type { TemplateModel, TemplateResource } from '../../../document/model';
import { AstNode, asObject, getProperty, getValue, PropertyNode } from '../../../parser/ast';
import { apiEvents, refTarget } from './samApis';

export type SamKind = 'string' | 'map' | 'boolean' | 'list' | 'integer';

export const kindText: Record<SamKind, string> = {
  string: 'a string',
  map: 'a mapping',
  boolean: 'true or false',
  list: 'a list',
  integer: 'a whole number',
};

/** The transform treats a YAML/JSON null like a property that is not there. */
export function present(node: AstNode | undefined): node is AstNode {
  return node !== undefined && node.type !== 'null';
}

export function isIntrinsicValue(node: AstNode | undefined): boolean {
  return asIntrinsic(node) !== undefined;
}

/**
 * The template also names the AWS::LanguageExtensions transform, which resolves intrinsic functions before SAM reads
 * the template: without it, SAM sees a setting it reads itself written as an intrinsic as a mapping with one key.
 * CloudFormation runs the transforms in the order listed (template Transform section), so the extensions listed after
 * AWS::Serverless-2016-10-31 come too late for SAM.
 */
export function languageExtensions(template: TemplateModel): boolean {
  const transform = getValue(template.root, 'Transform');
  const names = (transform?.type === 'array' ? transform.items : [transform]).map((n) =>
    n?.type === 'string' ? n.value : undefined,
  );
  const sam = names.indexOf('AWS::Serverless-2016-10-31');
  return names.slice(0, sam < 0 ? undefined : sam).includes('AWS::LanguageExtensions');
}

/**
 * A `Ref` to a template parameter: SAM replaces it by the parameter's value in the settings it resolves first (a REST
 * API's Auth, Domain and BinaryMediaTypes; sam_resources.py `resolve_parameter_refs`), a value we cannot know. SAM puts
 * in AWS::Region and AWS::Partition too, but as a region or partition name, which no enumerated setting accepts (the
 * transform rejects `FunctionPayloadType: !Ref AWS::Region` as "us-east-1"), so those are not counted here.
 */
export function parameterRef(template: TemplateModel, node: AstNode | undefined): boolean {
  const target = refTarget(node);
  return target !== undefined && getProperty(asObject(getValue(template.root, 'Parameters')), target) !== undefined;
}

/** Does the value have one of these types, as Python sees the parsed template (a bool is also an int there)? */
export function hasKind(node: AstNode, kinds: readonly SamKind[]): boolean {
  return kinds.some((kind) => {
    switch (kind) {
      case 'string':
        return node.type === 'string' && !node.tag;
      case 'map':
        // SAM's YAML loader turns every short-form tag into a one-key mapping ({'Fn::If': [...]}), lists included.
        return node.type === 'object' || node.tag !== undefined;
      case 'boolean':
        return node.type === 'boolean';
      case 'list':
        return node.type === 'array' && !node.tag;
      case 'integer':
        // PyYAML reads hex (0x1E) and digits of any length as an int; a '.' or an exponent makes a float (1e3, which
        // YAML 1.1 does not read as a number, is a string there).
        return (
          node.type === 'boolean' || (node.type === 'number' && (node.raw.includes('0x') || !/[.eE]/.test(node.raw)))
        );
    }
  });
}

export function describeValue(node: AstNode): string {
  if (node.tag) return `the intrinsic ${node.tag}`;
  switch (node.type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'string':
      return `the string "${node.value.length > 40 ? node.value.slice(0, 40) + '…' : node.value}"`;
    case 'number':
      return `the number ${node.raw}`;
    case 'boolean':
      return String(node.value);
    default:
      return 'nothing';
  }
}

export function kindsText(kinds: readonly SamKind[]): string {
  return kinds.map((k) => kindText[k]).join(' or ');
}

type Table = Record<string, readonly SamKind[]>;
const S: readonly SamKind[] = ['string'];
const M: readonly SamKind[] = ['map'];
const B: readonly SamKind[] = ['boolean'];
const L: readonly SamKind[] = ['list'];
const I: readonly SamKind[] = ['integer'];
const SM: readonly SamKind[] = ['string', 'map'];

/** SamApi.property_types. */
export const REST_API_PROPERTIES: Table = {
  Name: SM,
  StageName: SM,
  Tags: M,
  PropagateTags: B,
  DefinitionBody: M,
  DefinitionUri: SM,
  MergeDefinitions: B,
  CacheClusterEnabled: B,
  CacheClusterSize: S,
  Variables: M,
  EndpointConfiguration: SM,
  MethodSettings: L,
  BinaryMediaTypes: L,
  MinimumCompressionSize: I,
  Cors: SM,
  Auth: M,
  GatewayResponses: M,
  AccessLogSetting: M,
  CanarySetting: M,
  TracingEnabled: B,
  OpenApiVersion: S,
  Models: M,
  Domain: M,
  FailOnWarnings: B,
  Description: S,
  Mode: S,
  DisableExecuteApiEndpoint: B,
  ApiKeySourceType: S,
  AlwaysDeploy: B,
  Policy: SM,
  SecurityPolicy: S,
  EndpointAccessMode: S,
};

/** SamApi properties declared as `Property` (no intrinsics: the transform reads them itself). */
export const REST_NO_INTRINSICS = new Set(['MergeDefinitions', 'AlwaysDeploy']);

/** SamHttpApi.property_types. */
export const HTTP_API_PROPERTIES: Table = {
  // Name is a pass-through property there: SAM checks nothing about it (no kinds: anything goes).
  Name: [],
  StageName: SM,
  Tags: M,
  PropagateTags: B,
  DefinitionBody: M,
  DefinitionUri: SM,
  StageVariables: M,
  CorsConfiguration: ['boolean', 'map'],
  AccessLogSettings: M,
  DefaultRouteSettings: M,
  Auth: M,
  RouteSettings: M,
  Domain: M,
  FailOnWarnings: B,
  Description: S,
  DisableExecuteApiEndpoint: B,
};

/** Api event sources (push.py `Api.property_types`). */
export const REST_EVENT_PROPERTIES: Table = {
  Path: S,
  Method: S,
  RestApiId: S,
  Stage: S,
  Auth: M,
  RequestModel: M,
  RequestParameters: L,
  TimeoutInMillis: I,
  ResponseTransferMode: S,
};

/** HttpApi event sources (push.py `HttpApi.property_types`). */
export const HTTP_EVENT_PROPERTIES: Table = {
  Path: S,
  Method: S,
  ApiId: S,
  Stage: S,
  Auth: M,
  TimeoutInMillis: I,
  RouteSettings: M,
  PayloadFormatVersion: S,
};

/** What `Globals.Api` / `Globals.HttpApi` may set (plugins/globals/globals.py `supported_properties`). */
export const GLOBAL_API_PROPERTIES: Record<string, readonly string[]> = {
  Api: [
    'Auth',
    'Name',
    'DefinitionUri',
    'CacheClusterEnabled',
    'CacheClusterSize',
    'MergeDefinitions',
    'Variables',
    'EndpointConfiguration',
    'MethodSettings',
    'BinaryMediaTypes',
    'MinimumCompressionSize',
    'Cors',
    'GatewayResponses',
    'AccessLogSetting',
    'CanarySetting',
    'TracingEnabled',
    'OpenApiVersion',
    'Domain',
    'AlwaysDeploy',
    'PropagateTags',
    'SecurityPolicy',
    'EndpointAccessMode',
  ],
  HttpApi: [
    'Auth',
    'AccessLogSettings',
    'StageVariables',
    'Tags',
    'CorsConfiguration',
    'DefaultRouteSettings',
    'Domain',
    'RouteSettings',
    'FailOnWarnings',
    'PropagateTags',
  ],
};

export function apiPropertyTable(type: string): Table | undefined {
  return type === 'AWS::Serverless::Api'
    ? REST_API_PROPERTIES
    : type === 'AWS::Serverless::HttpApi'
      ? HTTP_API_PROPERTIES
      : undefined;
}

/** `Globals.Api` / `Globals.HttpApi`, whose properties SAM merges into every API of that type. */
export function apiGlobals(template: TemplateModel, type: string): AstNode | undefined {
  const section = type === 'AWS::Serverless::Api' ? 'Api' : type === 'AWS::Serverless::HttpApi' ? 'HttpApi' : undefined;
  return section ? getValue(asObject(getValue(template.root, 'Globals')), section) : undefined;
}

/** A property of a SAM API, from the resource or else from Globals. */
export function apiProperty(template: TemplateModel, api: TemplateResource, name: string): PropertyNode | undefined {
  const own = getProperty(api.properties, name);
  if (own && present(own.value)) return own;
  const global = getProperty(apiGlobals(template, api.type), name);
  return global && present(global.value) ? global : undefined;
}

/**
 * The SAM APIs of a template: its AWS::Serverless::Api / HttpApi resources, and the implicit API SAM creates for
 * function events that name none (ServerlessRestApi / ServerlessHttpApi), whose settings come from Globals. The
 * implicit one stands for its Globals section (no Properties of its own).
 */
export function samApisWithImplicit(template: TemplateModel): TemplateResource[] {
  const apis = [...template.resources.values()].filter(
    (r) => r.type === 'AWS::Serverless::Api' || r.type === 'AWS::Serverless::HttpApi',
  );
  const events = apiEvents(template);
  for (const [section, logicalId] of [
    ['Api', 'ServerlessRestApi'],
    ['HttpApi', 'ServerlessHttpApi'],
  ] as const) {
    const globals = getProperty(asObject(getValue(template.root, 'Globals')), section);
    if (!globals || globals.value?.type !== 'object' || template.resources.has(logicalId)) continue;
    if (!events.some((e) => e.type === section && !e.explicit)) continue;
    apis.push({
      logicalId,
      type: `AWS::Serverless::${section}`,
      keyNode: globals,
      node: globals.value,
      properties: undefined,
    });
  }
  return apis;
}
