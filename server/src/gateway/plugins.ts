/**
 * The seam for what runs around the core pipeline without being part of it: authorizers, API keys and usage
 * plans, HTTP API CORS (issue-15b implements these in `gateway/auth/` and lists them in `auth/index.ts`).
 * A plugin sees the exchange (route, `$context`, the log) and may answer for the gateway.
 */
import type { Exchange } from './pipeline/exchange';
import type { GatewayHttpResponse } from './types';

type Maybe<T> = T | undefined | Promise<T | undefined>;

export interface GatewayPlugin {
  readonly name: string;
  /** Before routing: requests no route should see, such as an HTTP API's CORS preflight. */
  beforeRoute?(ex: Exchange): Maybe<GatewayHttpResponse>;
  /**
   * After routing, before request validation (API Gateway authorizes first, then validates; DG "Use request
   * validation in API Gateway"). A response (usually `ex.gatewayResponse(...)`) stops the request there.
   * May set `ex.context.authorizer` and `ex.context.identity.apiKey` for templates and Lambda events.
   */
  authorize?(ex: Exchange): Maybe<GatewayHttpResponse>;
  /** The last word on every response, gateway responses included (CORS headers). */
  finishResponse?(ex: Exchange, response: GatewayHttpResponse): void;
}
