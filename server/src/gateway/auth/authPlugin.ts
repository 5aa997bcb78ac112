/**
 * The authorization plugin of the local gateway: runs `Authorization` (authorize.ts) for each routed request and
 * turns a denial into the API's gateway response (so `x-amazon-apigateway-gateway-responses` customizations
 * apply on REST), or puts the authorizer's output into `$context.authorizer` and `$context.identity`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { proxyEvent } from '../lambda/proxyEvents';
import type { LambdaOutcome as CoreLambdaOutcome } from '../lambda/invoke';
import type { GatewayOptions } from '../options';
import { isGatewayResponseType } from '../pipeline/gatewayResponses';
import type { Exchange } from '../pipeline/exchange';
import type { GatewayPlugin } from '../plugins';
import type { GatewayApi, GatewayHttpResponse } from '../types';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../load/cfnValues';
import { Authorization, type AuthRequest, type LambdaOutcome } from './authorize';
import { parseJwks, type JsonWebKey } from './jwt';
import { samAuth, withSamAuth } from './samAuth';
import { apiKeySource, operationSecurity } from './securityConfig';
import { jsonText } from '../../../../common/scalarText';

/** The Lambda authorizer's time limit: 10 s (DG "Quotas", HTTP API Lambda authorizer response timeout). */
const AUTHORIZER_TIMEOUT_MS = 10_000;

export function authPlugin(api: GatewayApi, options: GatewayOptions): GatewayPlugin {
  const auth = options.auth ?? {};
  const sam = samAuth(api.resourceProperties, api.kind);
  const authorization = new Authorization({
    apiKeys: options.apiKeys ?? [],
    apiKeySource: apiKeySource(api.definition),
    iamCredentials: auth.iamCredentials ?? [],
    jwks: loadJwks(auth.jwks ?? {}, api.problems),
    usagePlan: auth.usagePlan ?? sam?.usagePlan,
  });
  return {
    name: 'authorization',
    async authorize(ex) {
      if (!ex.route) return undefined;
      const security = withSamAuth(
        operationSecurity(api.definition, ex.route.operation, api.kind),
        sam,
        ex.route.operation,
        ex.request.method,
      );
      if (!security.authorizer && !security.apiKeyRequired && !security.unknownSchemes.length && api.kind === 'HTTP')
        return undefined;
      const result = await authorization.authorize(authRequest(ex), security, {
        invokeLambda: (uri, event) => ex.invokeFunction(uri, event, AUTHORIZER_TIMEOUT_MS).then(toAuthOutcome),
        log: (message) => ex.log(message),
      });
      if (!result.ok) {
        const type = isGatewayResponseType(result.responseType) ? result.responseType : 'DEFAULT_4XX';
        const message =
          (JSON.parse(result.body) as { message?: string | null; Message?: string }).message ??
          (JSON.parse(result.body) as { Message?: string }).Message ??
          null;
        // The default body is ours when it differs from the template's output (the capital "Message" of
        // Lambda-authorizer denials); customizations of the type still apply.
        const response = ex.gatewayResponse(type, message, {
          status: result.statusCode,
          uncustomizedBody: result.body,
        });
        for (const [name, value] of Object.entries(result.headers))
          if (name !== 'content-type' && !hasHeader(response, name)) response.headers[name] = [value];
        return response;
      }
      if (result.authorizer) ex.context.authorizer = result.authorizer;
      const identity = (ex.context.identity ?? {}) as Record<string, unknown>;
      const { usageIdentifierKey: _key, ...visible } = result.identity;
      ex.context.identity = { ...identity, ...visible };
      return undefined;
    },
  };
}

function hasHeader(response: GatewayHttpResponse, name: string): boolean {
  return Object.keys(response.headers).some((h) => h.toLowerCase() === name.toLowerCase());
}

function authRequest(ex: Exchange): AuthRequest {
  const headers: AuthRequest['headers'] = {};
  for (const [name, values] of Object.entries(ex.request.headers))
    headers[name.toLowerCase()] = values.length === 1 ? values[0] : values;
  const kind = ex.api.kind;
  return {
    apiType: kind,
    requestId: ex.requestId,
    apiId: ex.api.id,
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT,
    stage: ex.stage,
    method: ex.request.method.toUpperCase(),
    resourcePath: ex.route?.path ?? ex.request.path,
    path: ex.request.path,
    rawPath: ex.request.fullPath,
    rawQuery: ex.request.rawQuery,
    headers,
    query: ex.request.query,
    pathParameters: ex.pathParameters,
    stageVariables: ex.stageVariables,
    body: ex.request.body,
    routeKey: ex.route?.routeKey,
    get requestContext() {
      const event = proxyEvent(ex, kind === 'HTTP' ? '2.0' : '1.0');
      return (event.requestContext ?? {}) as Record<string, unknown>;
    },
    contextValue: (name) => {
      let value: unknown = ex.context;
      for (const part of name.split('.'))
        value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      return jsonText(value);
    },
  };
}

function toAuthOutcome(outcome: CoreLambdaOutcome): LambdaOutcome {
  switch (outcome.kind) {
    case 'result': {
      try {
        return { ok: true, payload: JSON.parse(outcome.payload) };
      } catch {
        return { ok: false, errorMessage: 'the authorizer did not return JSON' };
      }
    }
    case 'error':
      return {
        ok: false,
        errorMessage: outcome.errorMessage,
        errorType: outcome.errorType,
        detail: [`Authorizer function error: ${outcome.errorType}: ${outcome.errorMessage}`, ...outcome.stack].join(
          '\n',
        ),
      };
    case 'timeout':
      return {
        ok: false,
        errorMessage: 'the authorizer timed out',
        detail: `Authorizer function did not answer within ${AUTHORIZER_TIMEOUT_MS} ms`,
      };
    case 'unavailable':
      return {
        ok: false,
        errorMessage: outcome.reason,
        detail: `Authorizer function could not be invoked: ${outcome.reason}`,
      };
  }
}

/** JWKS files read once at start; a file that cannot be read is a start-up problem, and its issuer denies tokens. */
function loadJwks(config: Record<string, string | JsonWebKey[]>, problems: string[]): Record<string, JsonWebKey[]> {
  const out: Record<string, JsonWebKey[]> = {};
  for (const [issuer, source] of Object.entries(config)) {
    if (Array.isArray(source)) {
      out[issuer] = source;
      continue;
    }
    try {
      out[issuer] = parseJwks(fs.readFileSync(source, 'utf8'), path.basename(source));
    } catch (e) {
      problems.push(`JWKS for ${issuer}: ${(e as Error).message}`);
    }
  }
  return out;
}
