/**
 * The authorization step of the local gateway, between routing and the integration: the operation's
 * authorizer (Lambda TOKEN / REQUEST, Cognito, JWT, IAM), then its API key and usage plan (throttle, quota).
 * It keeps what lives across requests: the authorizer result cache and the token buckets.
 * The core calls `authorize()` once per request and either answers with the denial or runs the integration
 * with `authorizer` as `$context.authorizer` / `requestContext.authorizer` and `identity` merged into
 * `$context.identity`.
 *
 * Behaviour and messages, from the AWS documentation (cited at each step) and runtime facts §1.3, §6, §7:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 */
import { verifyJwt, tokenFromHeader, wwwAuthenticate, type JsonWebKey } from './jwt';
import { evaluatePolicy, methodArn } from './policy';
import {
  cognitoIssuer,
  type AuthorizerSpec,
  type CognitoAuthorizer,
  type JwtAuthorizer,
  type LambdaAuthorizer,
  type OperationSecurity,
} from './securityConfig';
import { verifySigV4, type LocalCredentials } from './sigv4';
import { Quota, TokenBucket, type QuotaLimits, type ThrottleLimits } from './tokenBucket';
import { scalarText } from '../../../../common/scalarText';

export interface AuthRequest {
  apiType: 'REST' | 'HTTP';
  requestId: string;
  apiId: string;
  region: string;
  accountId: string;
  stage: string;
  /** Upper case. */
  method: string;
  /** The resource path template (`/pets/{id}`), or the HTTP route's path. */
  resourcePath: string;
  /** The request path without the stage (`/pets/1`). */
  path: string;
  /** The path as received (percent-encoded, with the stage if there was one), for SigV4. */
  rawPath: string;
  rawQuery: string;
  /** Lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string[]>;
  pathParameters: Record<string, string>;
  stageVariables: Record<string, string>;
  body: Buffer;
  /** HTTP APIs: `GET /pets/{id}` or `$default`. */
  routeKey?: string;
  /** The requestContext the core builds for this request's Lambda events (REQUEST authorizers get it too). */
  requestContext: Record<string, unknown>;
  /** `$context.<name>`, for `context.X` / `$context.X` identity sources. */
  contextValue(name: string): string | undefined;
}

export type LambdaOutcome =
  { ok: true; payload: unknown } | { ok: false; errorMessage: string; errorType?: string; detail?: string };

export interface UsagePlan {
  throttle?: ThrottleLimits;
  quota?: QuotaLimits;
}

export interface AuthSettings {
  apiKeys: string[];
  apiKeySource: 'HEADER' | 'AUTHORIZER';
  iamCredentials: LocalCredentials[];
  /** Issuer → keys. */
  jwks: Record<string, JsonWebKey[]>;
  usagePlan?: UsagePlan;
}

export interface AuthDeps {
  /** Runs the authorizer function through the core's local Lambda path. */
  invokeLambda(functionUri: string, event: unknown): Promise<LambdaOutcome>;
  /** One execution-log line of this request. */
  log(message: string): void;
  now?: () => number;
}

export interface AuthDenied {
  ok: false;
  statusCode: number;
  /** The gateway response type (REST), so the core can apply `x-amazon-apigateway-gateway-responses`. */
  responseType: string;
  /** The default body. */
  body: string;
  headers: Record<string, string>;
}

export interface AuthAllowed {
  ok: true;
  /** `$context.authorizer` (REST) / `requestContext.authorizer` (both); undefined without an authorizer. */
  authorizer?: Record<string, unknown>;
  /** Values for `$context.identity.*`. */
  identity: Record<string, string | null>;
}

export type AuthResult = AuthAllowed | AuthDenied;

const restText = {
  unauthorized: 'Unauthorized',
  explicitDeny: 'User is not authorized to access this resource with an explicit deny',
  implicitDeny: 'User is not authorized to access this resource',
};

function header(headers: AuthRequest['headers'], name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(',') : v;
}

/** Last 6 characters in clear, as execution logs mask keys and tokens (runtime facts X3). */
export function mask(value: string): string {
  return value.length <= 6 ? '*'.repeat(value.length) : `${'*'.repeat(value.length - 6)}${value.slice(-6)}`;
}

function denied(
  statusCode: number,
  responseType: string,
  body: unknown,
  headers: Record<string, string> = {},
): AuthDenied {
  return {
    ok: false,
    statusCode,
    responseType,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  };
}

export class Authorization {
  private readonly cache = new Map<string, { expires: number; payload: unknown }>();
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly quotas = new Map<string, Quota>();

  constructor(private readonly settings: AuthSettings) {}

  async authorize(request: AuthRequest, security: OperationSecurity, deps: AuthDeps): Promise<AuthResult> {
    let allowed: AuthAllowed = { ok: true, identity: {} };
    for (const name of security.unknownSchemes)
      deps.log(`Security scheme ${name} is not declared in the definition: ignored`);
    if (security.authorizer) {
      const result = await this.runAuthorizer(security.authorizer, security.scopes, request, deps);
      if (!result.ok) return result;
      allowed = result;
    }
    if (request.apiType !== 'REST') return allowed;
    const key = this.checkApiKey(request, security, allowed, deps);
    if (key && !key.ok) return key;
    return key ? { ...allowed, identity: { ...allowed.identity, ...key.identity } } : allowed;
  }

  private runAuthorizer(
    spec: AuthorizerSpec,
    scopes: string[],
    request: AuthRequest,
    deps: AuthDeps,
  ): Promise<AuthResult> {
    switch (spec.kind) {
      case 'lambda':
        return this.lambda(spec, request, deps);
      case 'jwt':
        return Promise.resolve(this.jwt(spec, scopes, request, deps));
      case 'cognito':
        return Promise.resolve(this.cognito(spec, scopes, request, deps));
      case 'iam':
        return this.iam(request, deps);
    }
  }

  // ---- Lambda authorizers -------------------------------------------------------------------------------

  private unauthorized(request: AuthRequest, deps: AuthDeps): AuthDenied {
    deps.log(`Unauthorized request: ${request.requestId}`);
    // REST and HTTP both answer 401 {"message":"Unauthorized"} (runtime facts G21, A7, A14; OBS-F).
    return denied(
      401,
      'UNAUTHORIZED',
      { message: restText.unauthorized },
      { 'x-amzn-errortype': 'UnauthorizedException' },
    );
  }

  private configurationError(request: AuthRequest, deps: AuthDeps, why: string): AuthDenied {
    deps.log(`Execution failed due to configuration error: ${why}`);
    deps.log(`Unauthorized request: ${request.requestId}`);
    // REST: AUTHORIZER_CONFIGURATION_ERROR, body {"message":null} (runtime facts §1.3); HTTP: 500 Internal Server Error (G22, G20).
    return request.apiType === 'REST'
      ? denied(
          500,
          'AUTHORIZER_CONFIGURATION_ERROR',
          { message: null },
          { 'x-amzn-errortype': 'AuthorizerConfigurationException' },
        )
      : denied(500, 'AUTHORIZER_CONFIGURATION_ERROR', { message: 'Internal Server Error' });
  }

  /** The value of one identity source, or undefined when the request lacks it. */
  private identityValue(source: string, request: AuthRequest): string | undefined {
    const s = source.trim();
    const m =
      /^(?:method\.request|\$request)\.(header|querystring|query)\.(.+)$/i.exec(s) ??
      /^\$?(stageVariables|context)\.(.+)$/.exec(s);
    if (!m) return undefined;
    const [, where, name] = m;
    let value: string | undefined;
    if (/^header$/i.test(where)) value = header(request.headers, name);
    else if (/^query(string)?$/i.test(where)) value = request.query[name]?.join(',');
    else if (where === 'stageVariables') value = request.stageVariables[name];
    else value = request.contextValue(name);
    return value === undefined || value === '' ? undefined : value;
  }

  private async lambda(spec: LambdaAuthorizer, request: AuthRequest, deps: AuthDeps): Promise<AuthResult> {
    const now = deps.now?.() ?? Date.now();
    deps.log(`Starting authorizer: ${spec.name} for request: ${request.requestId}`);
    const values = spec.identitySources.map((s) => this.identityValue(s, request));
    const arn = methodArn({ ...request, path: request.path });
    let event: Record<string, unknown>;
    let cacheKey: string | undefined;
    if (spec.type === 'TOKEN') {
      const token = values[0];
      // A missing token, or one the validation expression refuses, is 401 without invoking the function
      // (https://repost.aws/knowledge-center/api-gateway-403-error-lambda-authorizer).
      if (!token) return this.unauthorized(request, deps);
      if (spec.validationExpression && !safeRegex(spec.validationExpression)?.test(token)) {
        deps.log(`Incoming identity ${mask(token)} does not match the token validation expression`);
        return this.unauthorized(request, deps);
      }
      deps.log(`Incoming identity: ${mask(token)}`);
      event = { type: 'TOKEN', authorizationToken: token, methodArn: arn };
      cacheKey = token;
    } else {
      // With caching on, every identity source must be present, else 401 without invoking; without caching
      // they are optional on REST (configure-api-gateway-lambda-authorization-with-console). HTTP APIs need
      // every source that is configured (http-api-lambda-authorizer).
      const missing = values.some((v) => v === undefined);
      if (missing && (spec.ttlSeconds > 0 || request.apiType === 'HTTP')) return this.unauthorized(request, deps);
      if (spec.identitySources.length)
        deps.log(
          `Incoming identity: {${spec.identitySources.map((s, i) => `${s}=${mask(values[i] ?? '')}`).join(', ')}}`,
        );
      event = this.requestEvent(spec, request, arn, values);
      cacheKey = spec.identitySources.length ? JSON.stringify(values) : undefined;
    }
    const cacheId = cacheKey !== undefined && spec.ttlSeconds > 0 ? `${spec.name}\u0000${cacheKey}` : undefined;
    const cached = cacheId ? this.cache.get(cacheId) : undefined;
    let payload: unknown;
    if (cached && cached.expires > now) {
      // The cached policy is evaluated again for this method: a policy too narrow for it denies (A9).
      deps.log('Authorizer result served from the cache');
      payload = cached.payload;
    } else {
      deps.log(`Endpoint request body after transformations: ${JSON.stringify(event)}`);
      const outcome = await deps.invokeLambda(spec.functionUri, event);
      if (!outcome.ok) {
        if (outcome.detail) deps.log(outcome.detail);
        // `callback("Unauthorized")` / `throw new Error("Unauthorized")` is a 401; any other error is a 500
        // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html).
        if (outcome.errorMessage === 'Unauthorized') return this.unauthorized(request, deps);
        return this.configurationError(request, deps, `Authorizer error: ${outcome.errorMessage}`);
      }
      payload = outcome.payload;
      deps.log(`Authorizer result body before parsing: ${JSON.stringify(payload) ?? 'null'}`);
      if (cacheId && payload && typeof payload === 'object')
        this.cache.set(cacheId, { expires: now + spec.ttlSeconds * 1000, payload });
    }
    const result = this.lambdaResult(spec, request, arn, payload, deps);
    if (result.ok) deps.log('Successfully completed authorizer execution');
    else if (result.statusCode === 403) deps.log(`The client is not authorized to perform this operation.`);
    return result;
  }

  private requestEvent(
    spec: LambdaAuthorizer,
    request: AuthRequest,
    arn: string,
    values: (string | undefined)[],
  ): Record<string, unknown> {
    const headers: Record<string, string> = {};
    const multiValueHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(',') : value;
      multiValueHeaders[name] = Array.isArray(value) ? value : [value];
    }
    const queryStringParameters: Record<string, string> = {};
    for (const [name, list] of Object.entries(request.query)) queryStringParameters[name] = list[list.length - 1] ?? '';
    if (request.apiType === 'HTTP' && spec.payloadFormatVersion === '2.0') {
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html (payload 2.0)
      return {
        version: '2.0',
        type: 'REQUEST',
        routeArn: arn,
        identitySource: values.filter((v): v is string => v !== undefined),
        routeKey: request.routeKey ?? '$default',
        rawPath: request.rawPath,
        rawQueryString: request.rawQuery,
        ...(headers.cookie ? { cookies: headers.cookie.split(/;\s*/) } : {}),
        headers,
        ...(Object.keys(queryStringParameters).length ? { queryStringParameters } : {}),
        requestContext: request.requestContext,
        ...(Object.keys(request.pathParameters).length ? { pathParameters: request.pathParameters } : {}),
        ...(Object.keys(request.stageVariables).length ? { stageVariables: request.stageVariables } : {}),
      };
    }
    // REST REQUEST, and HTTP payload 1.0 (the same plus version, identitySource and authorizationToken).
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
    const restShaped = {
      type: 'REQUEST',
      methodArn: arn,
      resource: request.resourcePath,
      path: request.path,
      httpMethod: request.method,
      headers,
      multiValueHeaders,
      queryStringParameters,
      multiValueQueryStringParameters: request.query,
      pathParameters: request.pathParameters,
      stageVariables: request.stageVariables,
      requestContext: request.requestContext,
    };
    if (request.apiType === 'HTTP') {
      const present = values.filter((v): v is string => v !== undefined);
      return {
        version: '1.0',
        ...restShaped,
        identitySource: present.join(','),
        ...(present.length ? { authorizationToken: present.join(',') } : {}),
      };
    }
    return restShaped;
  }

  private lambdaResult(
    spec: LambdaAuthorizer,
    request: AuthRequest,
    arn: string,
    payload: unknown,
    deps: AuthDeps,
  ): AuthResult {
    if (!payload || typeof payload !== 'object')
      return this.configurationError(request, deps, 'Invalid JSON in response: the authorizer returned no object');
    const p = payload as Record<string, unknown>;
    const context =
      p.context && typeof p.context === 'object' && !Array.isArray(p.context)
        ? (p.context as Record<string, unknown>)
        : {};
    if (request.apiType === 'HTTP' && spec.simpleResponses) {
      // Simple responses: {"isAuthorized": bool, "context": {...}}; a denial is 403 Forbidden (runtime facts G22).
      if (p.isAuthorized === true) return { ok: true, authorizer: { lambda: context }, identity: {} };
      return denied(403, 'ACCESS_DENIED', { message: 'Forbidden' });
    }
    const decision = evaluatePolicy(p.policyDocument, arn);
    if (decision.invalid)
      return this.configurationError(request, deps, `Invalid authorizer response: ${decision.invalid}`);
    const principalId =
      typeof p.principalId === 'string' || typeof p.principalId === 'number' ? String(p.principalId) : undefined;
    if (decision.decision !== 'Allow') {
      if (request.apiType === 'HTTP') return denied(403, 'ACCESS_DENIED', { message: 'Forbidden' });
      // The body key is a capital "Message" on the wire for Lambda-authorizer denials (runtime facts §1.3, OBS-F).
      const text = decision.decision === 'ExplicitDeny' ? restText.explicitDeny : restText.implicitDeny;
      return denied(403, 'ACCESS_DENIED', { Message: text }, { 'x-amzn-errortype': 'AccessDeniedException' });
    }
    deps.log(`Using valid authorizer policy for principal: ${mask(principalId ?? '')}`);
    // Context values reach templates as strings (api-gateway-lambda-authorizer-output); objects and arrays are
    // not allowed on REST and payload 1.0, and are dropped here.
    const flat: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(context)) {
      if (request.apiType === 'HTTP' && spec.payloadFormatVersion === '2.0') flat[k] = v;
      else if (v === null) flat[k] = null;
      else if (scalarText(v) !== undefined) flat[k] = scalarText(v);
      else
        deps.log(
          `Authorizer context value ${k} is an object or array: dropped (only strings, numbers and booleans are allowed)`,
        );
    }
    const usageIdentifierKey = typeof p.usageIdentifierKey === 'string' ? p.usageIdentifierKey : undefined;
    const authorizer: Record<string, unknown> =
      request.apiType === 'HTTP'
        ? spec.payloadFormatVersion === '2.0'
          ? { lambda: { ...flat } }
          : { lambda: { ...flat } }
        : { ...flat, ...(principalId !== undefined ? { principalId } : {}) };
    if (request.apiType === 'HTTP' && principalId !== undefined)
      (authorizer.lambda as Record<string, unknown>).principalId = principalId;
    return { ok: true, authorizer, identity: usageIdentifierKey ? { usageIdentifierKey } : {} };
  }

  // ---- JWT and Cognito -----------------------------------------------------------------------------------

  private jwt(spec: JwtAuthorizer, scopes: string[], request: AuthRequest, deps: AuthDeps): AuthResult {
    const raw = this.identityValue(spec.identitySource, request);
    const keys = this.settings.jwks[spec.issuer];
    const fail = (description: string) => {
      deps.log(`JWT authorizer ${spec.name}: ${description}`);
      // 401 with www-authenticate (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html).
      return denied(
        401,
        'UNAUTHORIZED',
        { message: 'Unauthorized' },
        { 'www-authenticate': wwwAuthenticate(description, scopes) },
      );
    };
    const token = tokenFromHeader(raw);
    if (!token) return fail('the request has no token');
    if (!keys)
      return fail(
        `no JWKS is configured for the issuer ${spec.issuer} (setting apigw.local.jwks, or --jwks ISSUER=FILE)`,
      );
    const result = verifyJwt(token, {
      issuer: spec.issuer,
      audiences: spec.audiences,
      scopes,
      keys,
      nowSeconds: Math.floor((deps.now?.() ?? Date.now()) / 1000),
    });
    if (!result.ok) return fail(result.description);
    const granted =
      typeof result.claims.scope === 'string'
        ? result.claims.scope.split(' ')
        : Array.isArray(result.claims.scp)
          ? result.claims.scp.map(String)
          : [];
    return {
      ok: true,
      authorizer: { jwt: { claims: result.claims, scopes: scopes.length ? granted : null } },
      identity: {},
    };
  }

  private cognito(spec: CognitoAuthorizer, scopes: string[], request: AuthRequest, deps: AuthDeps): AuthResult {
    const token = this.identityValue(spec.identitySource, request);
    const fail = (why: string) => {
      deps.log(`Cognito authorizer ${spec.name}: ${why}`);
      return this.unauthorized(request, deps);
    };
    if (!token) return fail('the request has no token');
    const issuers = spec.providerArns.map(cognitoIssuer).filter((i): i is string => !!i);
    const issuer = issuers.find((i) => this.settings.jwks[i]);
    if (!issuer)
      return fail(
        `no JWKS is configured for the user pool issuer ${issuers[0] ?? '(no providerARNs)'} (setting apigw.local.jwks)`,
      );
    // The whole header value is the token on REST (no "Bearer " prefix). With scopes the access token's
    // `scope` must hold one of them; without, an ID token is expected
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html).
    const result = verifyJwt(token, {
      issuer,
      audiences: [],
      scopes,
      keys: this.settings.jwks[issuer],
      nowSeconds: Math.floor((deps.now?.() ?? Date.now()) / 1000),
    });
    if (!result.ok) return fail(result.description);
    if (scopes.length === 0 && result.claims.token_use !== undefined && result.claims.token_use !== 'id')
      return fail('an access token needs scopes on the method; without scopes an ID token is expected');
    if (spec.validationExpression && !safeRegex(spec.validationExpression)?.test(scalarText(result.claims.aud) ?? ''))
      return fail('the token audience does not match the validation expression');
    const claims: Record<string, string> = {};
    for (const [k, v] of Object.entries(result.claims)) claims[k] = typeof v === 'string' ? v : JSON.stringify(v);
    return { ok: true, authorizer: { claims }, identity: {} };
  }

  // ---- IAM -----------------------------------------------------------------------------------------------

  private async iam(request: AuthRequest, deps: AuthDeps): Promise<AuthResult> {
    const result = await verifySigV4(
      {
        method: request.method,
        path: request.rawPath,
        query: request.rawQuery,
        headers: request.headers,
        body: request.body,
      },
      this.settings.iamCredentials,
      new Date(deps.now?.() ?? Date.now()),
    );
    if (!result.ok) {
      deps.log(`IAM authorization failed: ${result.message}${result.detail ? ` (${result.detail})` : ''}`);
      return denied(
        result.statusCode,
        result.responseType,
        { message: result.message },
        { 'x-amzn-errortype': result.errorType },
      );
    }
    const user = result.credentials.userArn ?? `arn:aws:iam::${request.accountId}:user/local`;
    return {
      ok: true,
      identity: { accessKey: result.accessKeyId, userArn: user, caller: result.accessKeyId, user: result.accessKeyId },
    };
  }

  // ---- API keys and usage plans --------------------------------------------------------------------------

  private checkApiKey(
    request: AuthRequest,
    security: OperationSecurity,
    allowed: AuthAllowed,
    deps: AuthDeps,
  ): AuthResult | undefined {
    const stageRef = `${request.apiId}/${request.stage}`;
    if (!security.apiKeyRequired) {
      deps.log(
        `API Key authorized because method '${request.method} ${request.resourcePath}' does not require API Key. Request will not contribute to throttle or quota limits`,
      );
      return undefined;
    }
    const key =
      this.settings.apiKeySource === 'AUTHORIZER'
        ? (allowed.identity.usageIdentifierKey ?? undefined)
        : header(request.headers, 'x-api-key');
    deps.log(
      `Verifying Usage Plan for request: ${request.requestId}. API Key: ${key ? mask(key) : ''} API Stage: ${stageRef}`,
    );
    // A missing or unknown key is 403 {"message":"Forbidden"} (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html).
    if (!key || !this.settings.apiKeys.includes(key)) {
      deps.log(
        `API Key ${key ? mask(key) : ''} not authorized because method '${request.method} ${request.resourcePath}' requires API Key and API Key is not associated with a Usage Plan for API Stage ${stageRef}`,
      );
      return denied(403, 'INVALID_API_KEY', { message: 'Forbidden' }, { 'x-amzn-errortype': 'ForbiddenException' });
    }
    const plan = this.settings.usagePlan;
    if (plan?.throttle) {
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(plan.throttle, deps.now)));
      if (!bucket.take()) {
        deps.log(
          `API Key ${mask(key)} exceeded the throttle of its usage plan (rate ${plan.throttle.rateLimit}/s, burst ${plan.throttle.burstLimit})`,
        );
        return denied(
          429,
          'THROTTLED',
          { message: 'Too Many Requests' },
          { 'x-amzn-errortype': 'TooManyRequestsException' },
        );
      }
    }
    if (plan?.quota) {
      let quota = this.quotas.get(key);
      if (!quota) this.quotas.set(key, (quota = new Quota(plan.quota, deps.now)));
      if (!quota.take()) {
        deps.log(
          `API Key ${mask(key)} exceeded the quota of its usage plan (${plan.quota.limit} per ${plan.quota.period})`,
        );
        return denied(
          429,
          'QUOTA_EXCEEDED',
          { message: 'Limit Exceeded' },
          { 'x-amzn-errortype': 'LimitExceededException' },
        );
      }
    }
    deps.log(`Usage Plan check succeeded for API Key ${mask(key)} and API Stage ${stageRef}`);
    return { ok: true, identity: { apiKey: key, apiKeyId: `local-${this.settings.apiKeys.indexOf(key) + 1}` } };
  }
}

function safeRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    return undefined;
  }
}
