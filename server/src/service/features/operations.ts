/** The operations of a definition as the client's test-invoke panel needs them. */
import type { OperationInfo, OperationsResult } from '../../../../contract/messages';
import { indexDefinition, Operation } from '../document/definitionIndex';
import type { ApiDocument, Definition } from '../document/model';
import { AstNode, asObject, asString, getValue } from '../parser/ast';
import { declaredParameters } from '../validation/parameters';
import { derefObject } from '../validation/refs';
import { toJson } from '../document/toJson';

export function operations(doc: ApiDocument): OperationsResult | null {
  const def = doc.definitions[0];
  if (!def) return null;
  return {
    apiType: def.apiType,
    apiTypeSource: def.apiTypeSource,
    version: def.version,
    title: asString(getValue(getValue(def.root, 'info'), 'title')),
    operations: doc.definitions.flatMap((d) => indexDefinition(d).operations.map((op) => describe(doc, d, op))),
  };
}

function describe(doc: ApiDocument, def: Definition, op: Operation): OperationInfo {
  const params = declaredParameters(def.root, op);
  const info: OperationInfo = {
    path: op.path,
    method: op.method,
    pathParameters: [...params.path],
    queryParameters: [...params.querystring],
    headerParameters: [...params.header],
    auth: authOf(def, op),
    range: {
      start: doc.text.positionAt(op.property.offset),
      end: doc.text.positionAt(op.property.key.offset + op.property.key.length),
    },
  };
  const operationId = asString(getValue(op.node, 'operationId'));
  if (operationId) info.operationId = operationId;
  const body = exampleBody(def, op);
  if (body !== undefined) info.exampleBody = body;
  return info;
}

function authOf(def: Definition, op: Operation): OperationInfo['auth'] {
  const out = new Set<OperationInfo['auth'][number]>();
  const authType = asString(getValue(getValue(op.node, 'x-amazon-apigateway-auth'), 'type'))?.toUpperCase();
  if (authType === 'AWS_IAM') out.add('AWS_IAM');
  const security = getValue(op.node, 'security') ?? getValue(def.root, 'security');
  const schemes =
    asObject(getValue(getValue(def.root, 'components'), 'securitySchemes')) ??
    asObject(getValue(def.root, 'securityDefinitions'));
  if (security?.type === 'array') {
    for (const req of security.items) {
      for (const p of asObject(req)?.properties ?? []) {
        if (p.key.value === 'api_key') out.add('API_KEY');
        const scheme = getValue(schemes, p.key.value);
        const authtype = asString(getValue(scheme, 'x-amazon-apigateway-authtype'));
        const authorizerType = asString(
          getValue(getValue(scheme, 'x-amazon-apigateway-authorizer'), 'type'),
        )?.toLowerCase();
        if (authtype === 'awsSigv4') out.add('AWS_IAM');
        else if (authorizerType === 'jwt') out.add('JWT');
        else if (authorizerType === 'cognito_user_pools') out.add('COGNITO');
        else if (authorizerType) out.add('CUSTOM');
        else if (asString(getValue(scheme, 'type')) === 'apiKey' && asString(getValue(scheme, 'in')) === 'header')
          out.add('API_KEY');
      }
    }
  }
  return [...out];
}

/** A request body to start from: an example if the operation has one, else one made from its schema. */
function exampleBody(def: Definition, op: Operation): string | undefined {
  const content = asObject(getValue(derefObject(def.root, getValue(op.node, 'requestBody')), 'content'));
  const media = asObject(getValue(content, 'application/json')) ?? asObject(content?.properties[0]?.value);
  let example = getValue(media, 'example');
  if (!example) {
    const first = asObject(getValue(media, 'examples'))?.properties[0]?.value;
    example = getValue(derefObject(def.root, first), 'value');
  }
  if (example) return JSON.stringify(toJson(example), null, 2);
  const bodyParam = (
    getValue(op.node, 'parameters')?.type === 'array'
      ? (getValue(op.node, 'parameters') as { items: AstNode[] }).items
      : []
  )
    .map((p) => derefObject(def.root, p))
    .find((p) => asString(getValue(p, 'in')) === 'body');
  const schema = getValue(media, 'schema') ?? getValue(bodyParam, 'schema');
  if (!schema) return undefined;
  return JSON.stringify(sample(def.root, schema, 0), null, 2);
}

function sample(root: Definition['root'], node: AstNode | undefined, depth: number): unknown {
  const schema = derefObject(root, node);
  if (!schema || depth > 6) return null;
  const example = getValue(schema, 'example');
  if (example) return toJson(example);
  const enumValues = getValue(schema, 'enum');
  if (enumValues?.type === 'array' && enumValues.items[0]) return toJson(enumValues.items[0]);
  switch (asString(getValue(schema, 'type'))) {
    case 'object':
    case undefined: {
      const props = asObject(getValue(schema, 'properties'));
      if (!props) return {};
      return Object.fromEntries(props.properties.map((p) => [p.key.value, sample(root, p.value, depth + 1)]));
    }
    case 'array':
      return [sample(root, getValue(schema, 'items'), depth + 1)];
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return '';
  }
}
