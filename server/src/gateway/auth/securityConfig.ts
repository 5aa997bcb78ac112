/**
 * What an operation requires before its integration runs, read from the definition (plain JSON values):
 * an API key, and one authorizer (Lambda TOKEN / REQUEST, Cognito user pools, JWT, or IAM).
 *
 * - Security schemes: OpenAPI 3 `components.securitySchemes`, Swagger 2 `securityDefinitions`, with
 *   `x-amazon-apigateway-authorizer` and `x-amazon-apigateway-authtype`
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html,
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html).
 * - REST ignores root-level `security`: only the operation's list counts
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html).
 * - API keys: a scheme `{type: apiKey, name: x-api-key, in: header}` named in the operation's `security`
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html); the key source is
 *   `x-amazon-apigateway-api-key-source` (HEADER or AUTHORIZER).
 */

export type ApiKind = 'REST' | 'HTTP';

export interface LambdaAuthorizer {
  kind: 'lambda';
  name: string;
  /** REST TOKEN or REQUEST; HTTP Lambda authorizers are REQUEST. */
  type: 'TOKEN' | 'REQUEST';
  /** The `authorizerUri` (a Lambda invocation URI), as written. */
  functionUri: string;
  /** REST: `method.request.header.X`…; HTTP: `$request.header.X`…; empty when none is set. */
  identitySources: string[];
  /** TOKEN: `identityValidationExpression`. */
  validationExpression?: string;
  ttlSeconds: number;
  /** HTTP only. */
  payloadFormatVersion?: '1.0' | '2.0';
  simpleResponses?: boolean;
}

export interface JwtAuthorizer {
  kind: 'jwt';
  name: string;
  issuer: string;
  audiences: string[];
  identitySource: string;
}

export interface CognitoAuthorizer {
  kind: 'cognito';
  name: string;
  providerArns: string[];
  identitySource: string;
  validationExpression?: string;
}

export interface IamAuthorizer {
  kind: 'iam';
  name: string;
}

export type AuthorizerSpec = LambdaAuthorizer | JwtAuthorizer | CognitoAuthorizer | IamAuthorizer;

export interface OperationSecurity {
  apiKeyRequired: boolean;
  authorizer?: AuthorizerSpec;
  /** Scopes named with the authorizer in `security` (JWT, Cognito access tokens). */
  scopes: string[];
  /** Schemes named in `security` that the definition does not declare (reported in the execution log). */
  unknownSchemes: string[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function securitySchemes(root: Json): Json {
  const components = isObject(root.components) ? root.components : {};
  const oas3 = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const oas2 = isObject(root.securityDefinitions) ? root.securityDefinitions : {};
  return { ...oas2, ...oas3 };
}

export function apiKeySource(root: Json): 'HEADER' | 'AUTHORIZER' {
  return str(root['x-amazon-apigateway-api-key-source'])?.toUpperCase() === 'AUTHORIZER' ? 'AUTHORIZER' : 'HEADER';
}

/** The operation's security; for HTTP APIs the root `security` applies when the operation has none. */
export function operationSecurity(root: Json, operation: Json, apiType: ApiKind): OperationSecurity {
  const schemes = securitySchemes(root);
  const list = Array.isArray(operation.security) ? operation.security : apiType === 'HTTP' && Array.isArray(root.security) ? root.security : [];
  const out: OperationSecurity = { apiKeyRequired: false, scopes: [], unknownSchemes: [] };
  for (const requirement of list) {
    if (!isObject(requirement)) continue;
    for (const [name, scopes] of Object.entries(requirement)) {
      const scheme = schemes[name];
      if (!isObject(scheme)) {
        out.unknownSchemes.push(name);
        continue;
      }
      const spec = authorizerSpec(name, scheme, apiType);
      if (spec === 'apiKey') out.apiKeyRequired = true;
      else if (spec && !out.authorizer) {
        out.authorizer = spec;
        if (Array.isArray(scopes)) out.scopes = scopes.filter((s): s is string => typeof s === 'string');
      }
    }
  }
  return out;
}

function splitSources(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string').map((s) => s.trim()).filter(Boolean);
  return (str(v) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function ttl(v: unknown, fallback: number): number {
  const n = Number(v);
  return v !== undefined && Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), 3600) : fallback;
}

/** 'apiKey' for the API-key scheme; undefined for schemes that are neither (e.g. a plain OAuth2 without extension). */
export function authorizerSpec(name: string, scheme: Json, apiType: ApiKind): AuthorizerSpec | 'apiKey' | undefined {
  const authtype = str(scheme['x-amazon-apigateway-authtype'])?.toLowerCase();
  if (authtype === 'awsSigv4'.toLowerCase()) return { kind: 'iam', name };
  const ext = scheme['x-amazon-apigateway-authorizer'];
  if (!isObject(ext)) {
    // `x-api-key` in a header is API Gateway's API key (REST); HTTP APIs have no API keys.
    if (apiType === 'REST' && str(scheme.type) === 'apiKey' && str(scheme.name)?.toLowerCase() === 'x-api-key' && str(scheme.in) === 'header') return 'apiKey';
    return undefined;
  }
  const type = (str(ext.type) ?? '').toLowerCase();
  const headerSource = str(scheme.in) === 'header' && str(scheme.name) ? `method.request.header.${scheme.name}` : undefined;
  if (type === 'token' || (type === 'request' && apiType === 'REST')) {
    const sources = splitSources(ext.identitySource);
    return {
      kind: 'lambda',
      name,
      type: type === 'token' ? 'TOKEN' : 'REQUEST',
      functionUri: str(ext.authorizerUri) ?? '',
      identitySources: sources.length ? sources : type === 'token' && headerSource ? [headerSource] : [],
      ...(str(ext.identityValidationExpression) ? { validationExpression: str(ext.identityValidationExpression) } : {}),
      // REST default 300 s (https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html).
      ttlSeconds: ttl(ext.authorizerResultTtlInSeconds, 300),
    };
  }
  if (type === 'request') {
    const version = str(ext.authorizerPayloadFormatVersion) === '1.0' ? '1.0' : '2.0';
    return {
      kind: 'lambda',
      name,
      type: 'REQUEST',
      functionUri: str(ext.authorizerUri) ?? '',
      identitySources: splitSources(ext.identitySource),
      ttlSeconds: ttl(ext.authorizerResultTtlInSeconds, 0),
      payloadFormatVersion: version,
      simpleResponses: version === '2.0' && ext.enableSimpleResponses === true,
    };
  }
  if (type === 'jwt') {
    const config = isObject(ext.jwtConfiguration) ? ext.jwtConfiguration : {};
    const audience = config.audience;
    return {
      kind: 'jwt',
      name,
      issuer: str(config.issuer) ?? '',
      audiences: Array.isArray(audience) ? audience.filter((a): a is string => typeof a === 'string') : str(audience) ? [str(audience)!] : [],
      identitySource: splitSources(ext.identitySource)[0] ?? '$request.header.Authorization',
    };
  }
  if (type === 'cognito_user_pools') {
    return {
      kind: 'cognito',
      name,
      providerArns: Array.isArray(ext.providerARNs) ? ext.providerARNs.filter((a): a is string => typeof a === 'string') : [],
      identitySource: splitSources(ext.identitySource)[0] ?? headerSource ?? 'method.request.header.Authorization',
      ...(str(ext.identityValidationExpression) ? { validationExpression: str(ext.identityValidationExpression) } : {}),
    };
  }
  return undefined;
}

/** `arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}` → `https://cognito-idp.{region}.amazonaws.com/{poolId}`, the pool's token issuer. */
export function cognitoIssuer(providerArn: string): string | undefined {
  const m = /^arn:aws[a-z-]*:cognito-idp:([a-z0-9-]+):\d*:userpool\/(.+)$/.exec(providerArn);
  return m ? `https://cognito-idp.${m[1]}.amazonaws.com/${m[2]}` : undefined;
}
