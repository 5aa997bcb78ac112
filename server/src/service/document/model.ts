/**
 * What a document is: a standalone OpenAPI/Swagger definition, a SAM/CloudFormation template with embedded
 * definitions, or neither. Built once per document version and shared by every feature.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ApiType, ApiTypeSource, OpenApiVersion } from '../../../../contract/apiType';
import {
  AstNode,
  ObjectNode,
  ParseResult,
  PropertyNode,
  asObject,
  asString,
  getProperty,
  getValue,
} from '../parser/ast';
import { parse, syntaxOf } from '../parser/parse';
import { matchesGlob } from '../util/glob';
import { asIntrinsic } from './intrinsics';
import { sniffDocument } from '../../../../contract/sniff';
import { EXTENSIONS, type ExtensionSpec, type Place } from '../catalogue/index';
import { decodePercentOrKeep } from '../../../../common/percentDecode';

export type { ApiTypeSource, OpenApiVersion };

export interface TemplateResource {
  logicalId: string;
  type: string;
  keyNode: PropertyNode;
  node: ObjectNode;
  properties: ObjectNode | undefined;
}

export interface TemplateModel {
  root: ObjectNode;
  resources: Map<string, TemplateResource>;
}

export interface Definition {
  /** The OpenAPI root object. */
  root: ObjectNode;
  version: OpenApiVersion;
  apiType: ApiType;
  apiTypeSource: ApiTypeSource;
  /** Set when the definition is embedded in a template resource. */
  resource?: TemplateResource;
}

export interface ApiDocument {
  uri: string;
  version: number;
  text: TextDocument;
  parsed: ParseResult;
  kind: 'definition' | 'template' | 'other';
  definitions: Definition[];
  template?: TemplateModel;
}

export interface ModelSettings {
  /** Glob → API type, from `apigw.apiType.overrides`. */
  apiTypeOverrides?: Record<string, string>;
}

const definitionHolders: Record<string, { property: string; apiType: (props: ObjectNode | undefined) => ApiType }> = {
  'AWS::Serverless::Api': { property: 'DefinitionBody', apiType: () => 'REST' },
  'AWS::Serverless::HttpApi': { property: 'DefinitionBody', apiType: () => 'HTTP' },
  'AWS::ApiGateway::RestApi': { property: 'Body', apiType: () => 'REST' },
  'AWS::ApiGatewayV2::Api': {
    property: 'Body',
    apiType: (props) => (asString(getValue(props, 'ProtocolType')) === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP'),
  },
};

/** `parsed` re-uses a tree already made for this exact text (an incremental update). */
export function buildDocument(
  uri: string,
  languageId: string,
  version: number,
  content: string,
  settings: ModelSettings = {},
  parsed?: ParseResult,
): ApiDocument {
  const text = TextDocument.create(uri, languageId, version, content);
  const sniff = sniffDocument(content);
  if (!sniff) return { uri, version, text, parsed: { root: undefined, problems: [] }, kind: 'other', definitions: [] };
  parsed ??= parse(content, syntaxOf(languageId, content));
  const root = asObject(parsed.root);
  const doc: ApiDocument = { uri, version, text, parsed, kind: 'other', definitions: [] };
  if (!root) {
    doc.kind = sniff;
    return doc;
  }
  const override = apiTypeOverride(uri, settings);
  const resources = getValue(root, 'Resources');
  if (
    resources?.type === 'object' &&
    (getProperty(root, 'AWSTemplateFormatVersion') || getProperty(root, 'Transform') || sniff === 'template')
  ) {
    doc.kind = 'template';
    doc.template = { root, resources: collectResources(resources) };
    for (const resource of doc.template.resources.values()) {
      const holder = definitionHolders[resource.type];
      if (!holder) continue;
      const body = asObject(getValue(resource.properties, holder.property));
      if (!body || asIntrinsic(body)) continue;
      const oas = openApiVersion(body);
      if (!oas) continue;
      doc.definitions.push({
        root: body,
        version: oas,
        apiType: override ?? holder.apiType(resource.properties),
        apiTypeSource: override ? 'setting' : 'template',
        resource,
      });
    }
    return doc;
  }
  const oas = openApiVersion(root);
  if (oas) {
    doc.kind = 'definition';
    const inferred = override ? undefined : inferApiType(root, oas);
    doc.definitions.push({
      root,
      version: oas,
      apiType: override ?? inferred ?? 'REST',
      apiTypeSource: override ? 'setting' : inferred ? 'document' : 'default',
    });
  } else doc.kind = sniff;
  return doc;
}

function apiTypeOverride(uri: string, settings: ModelSettings): ApiType | undefined {
  const overrides = settings.apiTypeOverrides;
  if (!overrides) return undefined;
  const path = uriPath(uri);
  for (const [glob, type] of Object.entries(overrides)) {
    const upper = String(type).toUpperCase();
    if ((upper === 'REST' || upper === 'HTTP' || upper === 'WEBSOCKET') && matchesGlob(path, glob)) return upper;
  }
  return undefined;
}

/** The URI without its scheme, decoded; as written when a client sent a broken escape (`%` not followed by hex). */
function uriPath(uri: string): string {
  return decodePercentOrKeep(uri.replace(/^[a-z]+:\/\//i, ''));
}

function collectResources(resources: ObjectNode): Map<string, TemplateResource> {
  const out = new Map<string, TemplateResource>();
  for (const prop of resources.properties) {
    const node = asObject(prop.value);
    const type = asString(getValue(node, 'Type'));
    if (!node || !type) continue;
    out.set(prop.key.value, {
      logicalId: prop.key.value,
      type,
      keyNode: prop,
      node,
      properties: asObject(getValue(node, 'Properties')),
    });
  }
  return out;
}

export function openApiVersion(root: AstNode | undefined): OpenApiVersion | undefined {
  const openapi = getValue(root, 'openapi');
  if (openapi && (openapi.type === 'string' || openapi.type === 'number')) return 'openapi3';
  const swagger = getValue(root, 'swagger');
  if (swagger && (swagger.type === 'string' || swagger.type === 'number')) return 'swagger2';
  // SAM definitions sometimes compute the version; a `paths` object is enough to know what this is.
  if ((openapi || swagger) && getProperty(root, 'paths')) return openapi ? 'openapi3' : 'swagger2';
  return undefined;
}

/** The REST/HTTP types that read an extension, confirmed or not (WebSocket APIs are never inferred). */
const readers = (e: ExtensionSpec) =>
  [...e.apiTypes, ...(e.unconfirmedApiTypes ?? [])].filter((t) => t !== 'WEBSOCKET');
/** Extensions at `place` that only `type` reads, from the catalogue: what a definition's type is inferred from. */
const onlyFor = (type: 'REST' | 'HTTP', place: Place): readonly string[] =>
  EXTENSIONS.filter((e) => e.places.includes(place) && readers(e).length === 1 && readers(e)[0] === type).map(
    (e) => e.name,
  );
const httpOnlyRoot = onlyFor('HTTP', 'root');
const restOnlyRoot = onlyFor('REST', 'root');
const httpOnlyComponents = onlyFor('HTTP', 'components');

/** The API type a standalone definition is written for, from what only one type understands. */
export function inferApiType(root: ObjectNode, version: OpenApiVersion): ApiType | undefined {
  if (version === 'swagger2') return 'REST';
  let http = 0;
  let rest = 0;
  for (const key of httpOnlyRoot) if (getProperty(root, key)) http += 2;
  for (const key of restOnlyRoot) if (getProperty(root, key)) rest += 2;
  const components = asObject(getValue(root, 'components'));
  for (const key of httpOnlyComponents) if (getProperty(components, key)) http += 2;
  const paths = asObject(getValue(root, 'paths'));
  for (const pathItem of paths?.properties ?? []) {
    for (const op of asObject(pathItem.value)?.properties ?? []) {
      const integration = asObject(getValue(op.value, 'x-amazon-apigateway-integration'));
      if (!integration) continue;
      // What an HTTP API cannot do at all weighs more than extensions that are merely ignored.
      if (getProperty(integration, 'payloadFormatVersion') || getProperty(integration, 'integrationSubtype')) http += 2;
      if (
        getProperty(integration, 'requestTemplates') ||
        getProperty(integration, 'passthroughBehavior') ||
        getProperty(integration, 'responses')
      )
        rest += 2;
      const type = asString(getValue(integration, 'type'))?.toLowerCase();
      if (type === 'mock' || type === 'aws' || type === 'http') rest += 3;
    }
    if (http + rest > 40) break;
  }
  for (const scheme of schemesOf(root)) {
    const authorizer = asObject(getValue(scheme, 'x-amazon-apigateway-authorizer'));
    const identity = asString(getValue(authorizer, 'identitySource'));
    if (identity?.startsWith('$request.')) http += 2;
    else if (identity?.startsWith('method.request.')) rest += 2;
    // Authorizer types only one API type has: JWT (HTTP), TOKEN and COGNITO_USER_POOLS (REST).
    const type = asString(getValue(authorizer, 'type'))?.toLowerCase();
    if (type === 'jwt') http += 2;
    else if (type === 'token' || type === 'cognito_user_pools') rest += 2;
  }
  if (http > rest) return 'HTTP';
  if (rest > 0) return 'REST';
  return undefined;
}

function schemesOf(root: ObjectNode): ObjectNode[] {
  const holder =
    asObject(getValue(asObject(getValue(root, 'components')), 'securitySchemes')) ??
    asObject(getValue(root, 'securityDefinitions'));
  return (holder?.properties ?? []).flatMap((p) => (p.value?.type === 'object' ? [p.value] : []));
}
