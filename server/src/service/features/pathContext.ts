/**
 * What a path in a document means to API Gateway: which definition and API type it belongs to, the place of the
 * object there (root, operation, ...), the extension that holds it and the catalogue schema of its value. Shared
 * by completion (paths read from the text) and hover (paths read from the tree).
 */
import { templateApiType } from '../document/templateApiType';
import { EXTENSION_PREFIX, ExtensionSpec, Place, findExtension } from '../catalogue';
import { OPERATION_KEYS } from '../catalogue/enums';
import { TemplateResourceSpec, findTemplateResource } from '../catalogue/samSettings';
import { ApiType, Schema, schemaFor } from '../catalogue/types';
import type { ApiDocument, Definition, TemplateResource } from '../document/model';

export type JsonPath = readonly (string | number)[];

export interface PathContext {
  def?: Definition;
  /** The path from the definition's root. */
  defPath?: JsonPath;
  apiType: ApiType;
  /** The template resource the path is in. */
  resource?: TemplateResource;
  resourceSpec?: TemplateResourceSpec;
  /** The place of the object at the path, when the path names one where extensions go. */
  place?: Place;
  extension?: ExtensionSpec;
  /** The path inside the extension's value. */
  extensionPath?: JsonPath;
  /** The schema of the value at the path, when the catalogue describes it. */
  schema?: Schema;
}

const operationKeys = new Set<string>([...OPERATION_KEYS, 'x-amazon-apigateway-any-method']);
const bodyProperty: Record<string, string> = {
  'AWS::Serverless::Api': 'DefinitionBody',
  'AWS::Serverless::HttpApi': 'DefinitionBody',
  'AWS::ApiGateway::RestApi': 'Body',
  'AWS::ApiGatewayV2::Api': 'Body',
};

export function pathContext(doc: ApiDocument, path: JsonPath): PathContext {
  if (doc.template) {
    if (path[0] !== 'Resources' || typeof path[1] !== 'string' || path[2] !== 'Properties') return { apiType: 'REST' };
    const resource = doc.template.resources.get(path[1]);
    if (!resource) return { apiType: 'REST' };
    if (path[3] === bodyProperty[resource.type]) {
      const def = doc.definitions.find((d) => d.resource === resource);
      return def ? definitionContext(def, path.slice(4)) : { apiType: 'REST', resource };
    }
    const spec = findTemplateResource(resource.type);
    if (!spec) return { apiType: 'REST', resource };
    const apiType = templateApiType(doc, resource, spec);
    return { apiType, resource, resourceSpec: spec, schema: walkSchema(spec.properties, path.slice(3), apiType) };
  }
  const def = doc.definitions[0];
  return def ? definitionContext(def, path) : { apiType: 'REST' };
}

function definitionContext(def: Definition, defPath: JsonPath): PathContext {
  const ctx: PathContext = { def, defPath, apiType: def.apiType };
  const place = placeOf(defPath);
  if (place) ctx.place = place;
  const at = extensionIndex(defPath);
  if (at >= 0) {
    const spec = findExtension(defPath[at] as string);
    if (spec) {
      ctx.extension = spec;
      ctx.extensionPath = defPath.slice(at + 1);
      ctx.schema = walkSchema(spec.schema, ctx.extensionPath, def.apiType);
    }
  }
  return ctx;
}

/** Where the first extension key of the path is, not counting `x-amazon-apigateway-any-method` (an operation). */
function extensionIndex(path: JsonPath): number {
  return path.findIndex(
    (seg, i) =>
      typeof seg === 'string' &&
      seg.startsWith(EXTENSION_PREFIX) &&
      !(i === 2 && path[0] === 'paths' && seg === 'x-amazon-apigateway-any-method'),
  );
}

export function placeOf(path: JsonPath): Place | undefined {
  const [a, b, c] = path;
  switch (path.length) {
    case 0:
      return 'root';
    case 1:
      return a === 'components' ? 'components' : undefined;
    case 2:
      if (a === 'paths') return 'pathItem';
      if (a === 'servers' && typeof b === 'number') return 'server';
      if (a === 'tags' && typeof b === 'number') return 'tag';
      if (a === 'securityDefinitions') return 'securityScheme';
      return undefined;
    case 3:
      if (a === 'paths' && typeof c === 'string' && operationKeys.has(c)) return 'operation';
      if (a === 'components' && b === 'securitySchemes') return 'securityScheme';
      return undefined;
    default:
      return undefined;
  }
}

/** The schema of the value at `path` inside a value described by `schema`. */
export function walkSchema(schema: Schema | undefined, path: JsonPath, apiType: ApiType): Schema | undefined {
  let current = schema;
  for (const seg of path) {
    if (!current) return undefined;
    const s = schemaFor(current, apiType);
    if (s.kind === 'object') current = typeof seg === 'string' ? s.fields?.[seg] : undefined;
    else if (s.kind === 'map') current = s.values;
    else if (s.kind === 'array') current = typeof seg === 'number' ? s.items : undefined;
    else return undefined;
  }
  return current ? schemaFor(current, apiType) : undefined;
}

/** The API type settings of a template resource are read for; a V2 stage takes its API's protocol. */
