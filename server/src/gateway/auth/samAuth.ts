/**
 * SAM's `Auth` property of AWS::Serverless::Api and AWS::Serverless::HttpApi, applied as the SAM transform does
 * before API Gateway sees the definition: its authorizers become security schemes, `DefaultAuthorizer` goes on
 * every method that names no authorizer of its own (OPTIONS too, unless `AddDefaultAuthorizerToCorsPreflight` is
 * false), and `ApiKeyRequired` on every method. `UsagePlan` gives the local API keys' throttle and quota, and an
 * HttpApi's `CorsConfiguration` becomes `x-amazon-apigateway-cors`.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-apiauth.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-httpapiauth.html
 * (the transform's SwaggerEditor.set_path_default_authorizer: "unless an Authorizer was defined at the
 * Function/Path/Method level").
 */
import { corsConfigFrom, type CorsConfig } from './cors';
import type { AuthorizerSpec, OperationSecurity } from './securityConfig';
import type { UsagePlan } from './authorize';

type Json = Record<string, unknown>;

/** Where the loader keeps a function event's `Auth` on the route's operation object. */
export const SAM_EVENT_AUTH = 'x-sam-event-auth';
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export interface SamAuth {
  authorizers: Record<string, AuthorizerSpec>;
  defaultAuthorizer?: string;
  apiKeyRequired: boolean;
  defaultToPreflight: boolean;
  usagePlan?: UsagePlan;
}

/** `arn:…:function:name` or a `!GetAtt Fn.Arn` already resolved by the loader → a Lambda invocation URI. */
function invocationUri(functionArn: string): string {
  return `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}

function ttl(identity: Json, fallback: number): number {
  const n = Number(identity.ReauthorizeEvery);
  return identity.ReauthorizeEvery !== undefined && Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), 3600) : fallback;
}

function restAuthorizer(name: string, raw: Json): AuthorizerSpec | undefined {
  const identity = isObject(raw.Identity) ? raw.Identity : {};
  if (str(raw.UserPoolArn) || Array.isArray(raw.UserPoolArn)) {
    const arns = Array.isArray(raw.UserPoolArn) ? raw.UserPoolArn.filter((a): a is string => typeof a === 'string') : [str(raw.UserPoolArn)!];
    return { kind: 'cognito', name, providerArns: arns, identitySource: `method.request.header.${str(identity.Header) ?? 'Authorization'}`, ...(str(identity.ValidationExpression) ? { validationExpression: str(identity.ValidationExpression) } : {}) };
  }
  const fn = str(raw.FunctionArn);
  if (!fn) return undefined;
  if (str(raw.FunctionPayloadType)?.toUpperCase() === 'REQUEST') {
    const sources = [
      ...(Array.isArray(identity.Headers) ? identity.Headers.map((h) => `method.request.header.${h}`) : []),
      ...(Array.isArray(identity.QueryStrings) ? identity.QueryStrings.map((q) => `method.request.querystring.${q}`) : []),
      ...(Array.isArray(identity.StageVariables) ? identity.StageVariables.map((v) => `stageVariables.${v}`) : []),
      ...(Array.isArray(identity.Context) ? identity.Context.map((c) => `context.${c}`) : []),
    ];
    return { kind: 'lambda', name, type: 'REQUEST', functionUri: invocationUri(fn), identitySources: sources, ttlSeconds: ttl(identity, 300) };
  }
  return {
    kind: 'lambda',
    name,
    type: 'TOKEN',
    functionUri: invocationUri(fn),
    identitySources: [`method.request.header.${str(identity.Header) ?? 'Authorization'}`],
    ...(str(identity.ValidationExpression) ? { validationExpression: str(identity.ValidationExpression) } : {}),
    ttlSeconds: ttl(identity, 300),
  };
}

function httpAuthorizer(name: string, raw: Json): AuthorizerSpec | undefined {
  if (isObject(raw.JwtConfiguration)) {
    const jwt = raw.JwtConfiguration;
    const audience = jwt.audience ?? jwt.Audience;
    return {
      kind: 'jwt',
      name,
      issuer: str(jwt.issuer ?? jwt.Issuer) ?? '',
      audiences: Array.isArray(audience) ? audience.filter((a): a is string => typeof a === 'string') : str(audience) ? [str(audience)!] : [],
      identitySource: str(raw.IdentitySource) ?? '$request.header.Authorization',
    };
  }
  const fn = str(raw.FunctionArn);
  if (!fn) return undefined;
  const identity = isObject(raw.Identity) ? raw.Identity : {};
  const version = str(raw.AuthorizerPayloadFormatVersion) === '1.0' ? '1.0' : '2.0';
  return {
    kind: 'lambda',
    name,
    type: 'REQUEST',
    functionUri: invocationUri(fn),
    identitySources: [
      ...(Array.isArray(identity.Headers) ? identity.Headers.map((h) => `$request.header.${h}`) : []),
      ...(Array.isArray(identity.QueryStrings) ? identity.QueryStrings.map((q) => `$request.querystring.${q}`) : []),
    ],
    ttlSeconds: ttl(identity, 0),
    payloadFormatVersion: version,
    simpleResponses: version === '2.0' && raw.EnableSimpleResponses === true,
  };
}

export function samAuth(properties: Json | undefined, kind: 'REST' | 'HTTP'): SamAuth | undefined {
  const auth = properties && isObject(properties.Auth) ? properties.Auth : undefined;
  if (!auth) return undefined;
  const authorizers: Record<string, AuthorizerSpec> = {};
  for (const [name, raw] of Object.entries(isObject(auth.Authorizers) ? auth.Authorizers : {})) {
    const spec = isObject(raw) ? (kind === 'REST' ? restAuthorizer(name, raw) : httpAuthorizer(name, raw)) : undefined;
    if (spec) authorizers[name] = spec;
  }
  const iam = kind === 'HTTP' ? auth.EnableIamAuthorizer === true : false;
  if (iam || str(auth.DefaultAuthorizer) === 'AWS_IAM') authorizers.AWS_IAM = { kind: 'iam', name: 'AWS_IAM' };
  const plan = isObject(auth.UsagePlan) && str(auth.UsagePlan.CreateUsagePlan) !== 'NONE' ? auth.UsagePlan : undefined;
  const throttle = plan && isObject(plan.Throttle) ? plan.Throttle : undefined;
  const quota = plan && isObject(plan.Quota) ? plan.Quota : undefined;
  const period = str(quota?.Period)?.toUpperCase();
  return {
    authorizers,
    ...(str(auth.DefaultAuthorizer) && auth.DefaultAuthorizer !== 'NONE' ? { defaultAuthorizer: str(auth.DefaultAuthorizer) } : {}),
    apiKeyRequired: kind === 'REST' && auth.ApiKeyRequired === true,
    defaultToPreflight: auth.AddDefaultAuthorizerToCorsPreflight !== false,
    ...(plan
      ? {
          usagePlan: {
            ...(throttle ? { throttle: { rateLimit: Number(throttle.RateLimit ?? 10_000), burstLimit: Number(throttle.BurstLimit ?? 5_000) } } : {}),
            ...(quota && Number.isFinite(Number(quota.Limit)) && (period === 'DAY' || period === 'WEEK' || period === 'MONTH') ? { quota: { limit: Number(quota.Limit), period } } : {}),
          },
        }
      : {}),
  };
}

/** The operation's security with SAM's `Auth` applied (the operation's own `security` wins, as in the transform). */
export function withSamAuth(security: OperationSecurity, sam: SamAuth | undefined, operation: Json, method: string): OperationSecurity {
  if (!sam) return security;
  const out: OperationSecurity = { ...security, unknownSchemes: [...security.unknownSchemes] };
  const preflight = method.toUpperCase() === 'OPTIONS';
  // A function event's own Auth: `Authorizer: NONE` opens the route, a name picks an authorizer.
  const eventAuth = isObject(operation[SAM_EVENT_AUTH]) ? (operation[SAM_EVENT_AUTH] as Json) : undefined;
  if (eventAuth) {
    const named = str(eventAuth.Authorizer);
    if (named && named !== 'NONE') {
      const spec = sam.authorizers[named];
      if (spec) out.authorizer = spec;
      else out.unknownSchemes.push(named);
    }
    if (Array.isArray(eventAuth.AuthorizationScopes)) out.scopes = eventAuth.AuthorizationScopes.filter((s): s is string => typeof s === 'string');
    out.apiKeyRequired = typeof eventAuth.ApiKeyRequired === 'boolean' ? eventAuth.ApiKeyRequired : sam.apiKeyRequired && !preflight;
    if (named) return out;
  }
  // Schemes named in `security` that only SAM's Authorizers define.
  if (!out.authorizer) {
    for (const requirement of Array.isArray(operation.security) ? operation.security : []) {
      if (!isObject(requirement)) continue;
      for (const [name, scopes] of Object.entries(requirement)) {
        const spec = sam.authorizers[name];
        if (!spec) continue;
        out.authorizer = spec;
        out.unknownSchemes = out.unknownSchemes.filter((n) => n !== name);
        if (Array.isArray(scopes)) out.scopes = scopes.filter((s): s is string => typeof s === 'string');
      }
    }
  }
  const hasOwnAuthorizer = Array.isArray(operation.security) && operation.security.some((r) => isObject(r) && Object.keys(r).some((n) => n !== 'api_key'));
  if (!out.authorizer && !hasOwnAuthorizer && sam.defaultAuthorizer && (!preflight || sam.defaultToPreflight)) {
    const spec = sam.authorizers[sam.defaultAuthorizer];
    if (spec) out.authorizer = spec;
    else out.unknownSchemes.push(sam.defaultAuthorizer);
  }
  if (sam.apiKeyRequired && !preflight && !(eventAuth && typeof eventAuth.ApiKeyRequired === 'boolean')) out.apiKeyRequired = true;
  return out;
}

export function samCors(properties: Json | undefined): CorsConfig | undefined {
  const raw = properties?.CorsConfiguration;
  if (raw === true) return { allowOrigins: ['*'], allowMethods: ['*'], allowHeaders: ['*'], exposeHeaders: [], allowCredentials: false };
  return corsConfigFrom(raw);
}
