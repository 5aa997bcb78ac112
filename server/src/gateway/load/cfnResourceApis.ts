/**
 * APIs that a CloudFormation template builds from resources instead of a definition body: a REST API from
 * `AWS::ApiGateway::Resource` / `Method` / `RequestValidator` / `Model` / `GatewayResponse` / `Authorizer` /
 * `Stage`, an HTTP API from `AWS::ApiGatewayV2::Route` / `Integration` / `Stage` (CloudFormation resource
 * reference for API Gateway and API Gateway V2). Each becomes the OpenAPI document API Gateway would export, so the
 * same route loader (and the authorizer plugins) read it.
 */
import { isObject } from './refs';
import { scalarText } from '../../../../common/scalarText';

type Json = Record<string, unknown>;

/** Logical id → the OpenAPI document of each REST or HTTP API the template builds from resources. */
export function resourceDefinitions(
  resources: Json,
): { id: string; kind: 'REST' | 'HTTP'; definition: Json; stage?: { name?: string; variables: unknown } }[] {
  const byType = (type: string) =>
    Object.entries(resources).filter(([, r]) => isObject(r) && r.Type === type) as [string, Json][];
  const props = (r: Json): Json => (isObject(r.Properties) ? r.Properties : {});
  const out: ReturnType<typeof resourceDefinitions> = [];

  for (const [apiId, api] of byType('AWS::ApiGateway::RestApi')) {
    const p = props(api);
    if (p.Body !== undefined || p.BodyS3Location !== undefined) continue;
    const mine = (r: Json) => props(r).RestApiId === apiId;
    const paths = resourcePaths(
      apiId,
      byType('AWS::ApiGateway::Resource').filter(([, r]) => mine(r)),
    );
    const doc: Json = {
      openapi: '3.0.1',
      info: { title: typeof p.Name === 'string' ? p.Name : apiId, version: '1' },
      paths: {},
    };
    const schemas: Json = {};
    const models = byType('AWS::ApiGateway::Model').filter(([, r]) => mine(r));
    for (const [id, model] of models) schemas[id] = parseSchema(props(model).Schema);
    const validators: Json = {};
    for (const [id, v] of byType('AWS::ApiGateway::RequestValidator').filter(([, r]) => mine(r))) {
      validators[id] = {
        validateRequestBody: props(v).ValidateRequestBody === true,
        validateRequestParameters: props(v).ValidateRequestParameters === true,
      };
    }
    const schemes: Json = {};
    for (const [id, a] of byType('AWS::ApiGateway::Authorizer').filter(([, r]) => mine(r)))
      schemes[id] = authorizerScheme(props(a));
    const gatewayResponses: Json = {};
    for (const [, g] of byType('AWS::ApiGateway::GatewayResponse').filter(([, r]) => mine(r))) {
      const gp = props(g);
      if (typeof gp.ResponseType === 'string') {
        gatewayResponses[gp.ResponseType] = {
          statusCode: gp.StatusCode,
          responseParameters: gp.ResponseParameters,
          responseTemplates: gp.ResponseTemplates,
        };
      }
    }
    for (const [, method] of byType('AWS::ApiGateway::Method').filter(([, r]) => mine(r))) {
      const mp = props(method);
      const resourceId = scalarText(mp.ResourceId) ?? '';
      const path = resourceId.endsWith('.RootResourceId') ? '/' : paths.get(resourceId);
      if (!path) continue;
      const verb = (scalarText(mp.HttpMethod) ?? '').toLowerCase();
      const key = verb === 'any' ? 'x-amazon-apigateway-any-method' : verb;
      const op = operation(
        mp,
        models.map(([id, m]) => [id, props(m)] as [string, Json]),
        schemes,
      );
      const item = ((doc.paths as Json)[path] ??= {}) as Json;
      item[key] = op;
    }
    if (Object.keys(schemas).length || Object.keys(schemes).length)
      doc.components = { schemas, securitySchemes: schemes };
    if (Object.keys(validators).length) doc['x-amazon-apigateway-request-validators'] = validators;
    if (Object.keys(gatewayResponses).length) doc['x-amazon-apigateway-gateway-responses'] = gatewayResponses;
    if (Array.isArray(p.BinaryMediaTypes)) doc['x-amazon-apigateway-binary-media-types'] = p.BinaryMediaTypes;
    const stage = byType('AWS::ApiGateway::Stage').find(([, r]) => mine(r));
    out.push({
      id: apiId,
      kind: 'REST',
      definition: doc,
      stage: stage ? { name: stringOr(props(stage[1]).StageName), variables: props(stage[1]).Variables } : undefined,
    });
  }

  for (const [apiId, api] of byType('AWS::ApiGatewayV2::Api')) {
    const p = props(api);
    if (p.Body !== undefined || p.BodyS3Location !== undefined || p.ProtocolType !== 'HTTP') continue;
    const mine = (r: Json) => props(r).ApiId === apiId;
    const integrations = new Map(
      byType('AWS::ApiGatewayV2::Integration')
        .filter(([, r]) => mine(r))
        .map(([id, r]) => [id, props(r)]),
    );
    const doc: Json = {
      openapi: '3.0.1',
      info: { title: typeof p.Name === 'string' ? p.Name : apiId, version: '1' },
      paths: {},
    };
    for (const [, route] of byType('AWS::ApiGatewayV2::Route').filter(([, r]) => mine(r))) {
      const rp = props(route);
      const target = /^integrations\/(.+)$/.exec(scalarText(rp.Target) ?? '')?.[1];
      const integration = target ? integrations.get(target) : undefined;
      const [verb, path] =
        rp.RouteKey === '$default' ? ['ANY', '/$default'] : (scalarText(rp.RouteKey) ?? '').split(' ');
      if (!path) continue;
      const key = verb === 'ANY' ? 'x-amazon-apigateway-any-method' : verb.toLowerCase();
      const op: Json = { responses: {} };
      if (integration) {
        op['x-amazon-apigateway-integration'] = {
          type: (scalarText(integration.IntegrationType) ?? '').toLowerCase(),
          httpMethod: integration.IntegrationMethod ?? 'POST',
          uri: integration.IntegrationUri,
          payloadFormatVersion: integration.PayloadFormatVersion,
          timeoutInMillis: integration.TimeoutInMillis,
          requestParameters: integration.RequestParameters,
        };
      }
      (((doc.paths as Json)[path] ??= {}) as Json)[key] = op;
    }
    // Without a Body, a quick-create `Target` on the Api itself makes a `$default` route.
    if (typeof p.Target === 'string' && !(doc.paths as Json)['/$default']) {
      (doc.paths as Json)['/$default'] = {
        'x-amazon-apigateway-any-method': {
          responses: {},
          'x-amazon-apigateway-integration': {
            type: /:lambda:/.test(p.Target) ? 'aws_proxy' : 'http_proxy',
            httpMethod: 'POST',
            uri: p.Target,
            payloadFormatVersion: '2.0',
          },
        },
      };
    }
    const stage = byType('AWS::ApiGatewayV2::Stage').find(([, r]) => mine(r));
    out.push({
      id: apiId,
      kind: 'HTTP',
      definition: doc,
      stage: stage
        ? { name: stringOr(props(stage[1]).StageName), variables: props(stage[1]).StageVariables }
        : undefined,
    });
  }
  return out;
}

/** Resource logical id → its full path, from `PathPart` and `ParentId` (the root is `Api.RootResourceId`). */
function resourcePaths(apiId: string, resources: [string, Json][]): Map<string, string> {
  const parts = new Map(resources.map(([id, r]) => [id, isObject(r.Properties) ? r.Properties : {}]));
  const paths = new Map<string, string>();
  const pathOf = (id: string, depth: number): string | undefined => {
    if (paths.has(id)) return paths.get(id);
    const p = parts.get(id);
    if (!p || depth > 50) return undefined;
    const parent = scalarText(p.ParentId) ?? '';
    const base =
      parent === `${apiId}.RootResourceId` || parent.endsWith('.RootResourceId') ? '' : pathOf(parent, depth + 1);
    if (base === undefined) return undefined;
    const path = `${base}/${scalarText(p.PathPart) ?? ''}`;
    paths.set(id, path);
    return path;
  };
  for (const id of parts.keys()) pathOf(id, 0);
  return paths;
}

function operation(mp: Json, models: [string, Json][], schemes: Json): Json {
  const op: Json = { responses: {} };
  const parameters: Json[] = [];
  for (const [key, required] of Object.entries(isObject(mp.RequestParameters) ? mp.RequestParameters : {})) {
    const m = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key);
    if (m)
      parameters.push({
        name: m[2],
        in: m[1] === 'querystring' ? 'query' : m[1],
        required: m[1] === 'path' || required === true,
      });
  }
  if (parameters.length) op.parameters = parameters;
  const requestModels = isObject(mp.RequestModels) ? mp.RequestModels : {};
  const content: Json = {};
  for (const [type, ref] of Object.entries(requestModels)) {
    const model = models.find(([id, m]) => id === ref || m.Name === ref);
    if (model) content[type] = { schema: { $ref: `#/components/schemas/${model[0]}` } };
  }
  if (Object.keys(content).length) op.requestBody = { content };
  if (typeof mp.RequestValidatorId === 'string') op['x-amazon-apigateway-request-validator'] = mp.RequestValidatorId;
  for (const r of Array.isArray(mp.MethodResponses) ? mp.MethodResponses : []) {
    const statusCode = isObject(r) ? scalarText(r.StatusCode) : undefined;
    if (statusCode !== undefined) (op.responses as Json)[statusCode] = { description: '' };
  }
  const security: Json[] = [];
  const auth = (scalarText(mp.AuthorizationType) ?? 'NONE').toUpperCase();
  if (
    (auth === 'CUSTOM' || auth === 'COGNITO_USER_POOLS') &&
    typeof mp.AuthorizerId === 'string' &&
    schemes[mp.AuthorizerId]
  )
    security.push({ [mp.AuthorizerId]: Array.isArray(mp.AuthorizationScopes) ? mp.AuthorizationScopes : [] });
  if (auth === 'AWS_IAM') {
    schemes.sigv4 ??= {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'awsSigv4',
    };
    security.push({ sigv4: [] });
  }
  if (mp.ApiKeyRequired === true) {
    schemes.api_key ??= { type: 'apiKey', name: 'x-api-key', in: 'header' };
    security.push({ api_key: [] });
  }
  if (security.length) op.security = [Object.assign({}, ...security)];
  const integration = isObject(mp.Integration) ? mp.Integration : undefined;
  if (integration) {
    const responses: Json = {};
    for (const r of Array.isArray(integration.IntegrationResponses) ? integration.IntegrationResponses : []) {
      if (!isObject(r)) continue;
      responses[typeof r.SelectionPattern === 'string' && r.SelectionPattern !== '' ? r.SelectionPattern : 'default'] =
        {
          statusCode: scalarText(r.StatusCode) ?? '200',
          responseParameters: r.ResponseParameters,
          responseTemplates: r.ResponseTemplates,
          contentHandling: r.ContentHandling,
        };
    }
    op['x-amazon-apigateway-integration'] = {
      type: (scalarText(integration.Type) ?? '').toLowerCase(),
      httpMethod: integration.IntegrationHttpMethod,
      uri: integration.Uri,
      requestParameters: integration.RequestParameters,
      requestTemplates: integration.RequestTemplates,
      passthroughBehavior: integration.PassthroughBehavior,
      timeoutInMillis: integration.TimeoutInMillis,
      contentHandling: integration.ContentHandling,
      credentials: integration.Credentials,
      responses,
    };
  }
  return op;
}

function authorizerScheme(p: Json): Json {
  const type = (scalarText(p.Type) ?? 'TOKEN').toUpperCase();
  const cognito = type === 'COGNITO_USER_POOLS';
  const identity = typeof p.IdentitySource === 'string' ? p.IdentitySource : 'method.request.header.Authorization';
  const header = /^method\.request\.header\.(.+)$/.exec(identity.split(',')[0].trim())?.[1] ?? 'Authorization';
  return {
    type: 'apiKey',
    name: header,
    in: 'header',
    'x-amazon-apigateway-authtype': cognito ? 'cognito_user_pools' : 'custom',
    'x-amazon-apigateway-authorizer': {
      type: cognito ? 'cognito_user_pools' : type.toLowerCase(),
      authorizerUri: p.AuthorizerUri,
      identitySource: identity,
      identityValidationExpression: p.IdentityValidationExpression,
      authorizerResultTtlInSeconds: p.AuthorizerResultTtlInSeconds,
      providerARNs: p.ProviderARNs,
    },
  };
}

function parseSchema(schema: unknown): unknown {
  if (typeof schema !== 'string') return schema ?? {};
  try {
    return JSON.parse(schema);
  } catch {
    return {};
  }
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
