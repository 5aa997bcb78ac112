/**
 * A sample request to render a template with, prefilled from what the definition says: the operation's
 * parameters (their examples, defaults or enum values), its request body example (or one made from its schema),
 * the template's content type, stage variables set in the document, and `$context` values shaped like AWS's.
 * The user edits it afterwards; this is only the starting point.
 */
import type { TemplateRequestJson } from '../../../../contract/messages';
import type { Operation } from '../document/definitionIndex';
import type { ApiDocument, Definition } from '../document/model';
import { toJson } from '../document/toJson';
import { AstNode, asObject, asString, getValue } from '../parser/ast';
import { operations } from '../features/operations';
import { derefObject } from '../validation/refs';
import type { TemplateSite } from './discover';
import { stageVariableNames } from './stageVariableNames';
import { scalarText } from '../../../../common/scalarText';

export function sampleRequest(doc: ApiDocument, site: TemplateSite): TemplateRequestJson {
  const request: Required<Pick<TemplateRequestJson, 'headers' | 'query' | 'path' | 'stageVariables'>> &
    TemplateRequestJson = {
    headers: {},
    query: {},
    path: {},
    stageVariables: {},
  };
  const op = site.operation;
  const method = op?.method === 'ANY' ? 'GET' : (op?.method ?? 'POST');
  const resourcePath = op?.path ?? '/';
  if (site.contentType) request.headers[site.kind === 'request' ? 'Content-Type' : 'Accept'] = site.contentType;
  if (op && site.definition) {
    for (const p of parametersOf(site.definition, op)) {
      const where =
        p.in === 'query'
          ? request.query
          : p.in === 'path'
            ? request.path
            : p.in === 'header'
              ? request.headers
              : undefined;
      if (where && !(p.name in where)) where[p.name] = p.example;
    }
    for (const name of resourcePath.matchAll(/\{([^{}+]+)\+?\}/g))
      if (!(name[1] in request.path)) request.path[name[1]] = 'example';
    if (site.kind === 'request') {
      const info = operations(doc)?.operations.find((o) => o.path === op.path && o.method === op.method);
      if (info?.exampleBody !== undefined) request.body = info.exampleBody;
    } else {
      // A response template reads the integration's response: start from the method response's example.
      request.body = responseExample(site.definition, op) ?? '{}';
    }
  }
  for (const v of stageVariableNames(doc)) request.stageVariables[v.name] = v.values[0]?.value ?? '';
  const stage = 'test';
  const path = resourcePath.replace(/\{([^{}+]+)\+?\}/g, (_m, name: string) => request.path[name] ?? name);
  request.context = {
    accountId: '123456789012',
    apiId: 'abc123defg',
    requestId: 'c0ffee00-0000-4000-8000-000000000000',
    extendedRequestId: 'AbCdEfGhIjKlMnO=',
    httpMethod: method,
    resourcePath,
    resourceId: 'res123',
    path: `/${stage}${path}`,
    stage,
    protocol: 'HTTP/1.1',
    domainName: 'abc123defg.execute-api.us-east-1.amazonaws.com',
    domainPrefix: 'abc123defg',
    requestTime: '28/Nov/2026:09:00:00 +0000',
    requestTimeEpoch: 1795856400000,
    identity: {
      sourceIp: '127.0.0.1',
      userAgent: 'curl/8.5.0',
      caller: '',
      user: '',
      userArn: '',
      accountId: '',
      apiKey: '',
      apiKeyId: '',
    },
    authorizer: { principalId: '' },
  };
  if (site.kind === 'gateway-response') {
    const type = site.responseKey ?? 'DEFAULT_4XX';
    request.context.error = {
      message: 'Missing Authentication Token',
      messageString: '"Missing Authentication Token"',
      responseType: type,
      validationErrorString: '',
    };
  }
  return request;
}

interface ParameterSample {
  name: string;
  in: string;
  example: string;
}

function parametersOf(def: Definition, op: Operation): ParameterSample[] {
  const out: ParameterSample[] = [];
  for (const list of [getValue(op.node, 'parameters'), getValue(op.pathItem, 'parameters')]) {
    for (const item of list?.type === 'array' ? list.items : []) {
      const param = derefObject(def.root, item);
      const name = asString(getValue(param, 'name'));
      const where = asString(getValue(param, 'in'));
      if (!param || !name || !where || where === 'body') continue;
      const schema = derefObject(def.root, getValue(param, 'schema')) ?? param;
      out.push({
        name,
        in: where,
        example: exampleText(
          getValue(param, 'example') ??
            getValue(schema, 'example') ??
            getValue(schema, 'default') ??
            firstOf(getValue(schema, 'enum')),
          asString(getValue(schema, 'type')),
        ),
      });
    }
  }
  return out;
}

function firstOf(node: AstNode | undefined): AstNode | undefined {
  return node?.type === 'array' ? node.items[0] : undefined;
}

function exampleText(node: AstNode | undefined, type: string | undefined): string {
  const value = node ? scalarText(toJson(node)) : undefined;
  if (value !== undefined) return value;
  return type === 'integer' || type === 'number' ? '1' : type === 'boolean' ? 'true' : 'example';
}

function responseExample(def: Definition | undefined, op: Operation): string | undefined {
  if (!def) return undefined;
  const responses = asObject(getValue(op.node, 'responses'));
  const ok = derefObject(def.root, getValue(responses, '200') ?? responses?.properties[0]?.value);
  const content = asObject(getValue(ok, 'content'));
  const media = asObject(getValue(content, 'application/json')) ?? asObject(content?.properties[0]?.value);
  const example = getValue(media, 'example') ?? getValue(getValue(ok, 'examples'), 'application/json');
  return example ? JSON.stringify(toJson(example), null, 2) : undefined;
}
