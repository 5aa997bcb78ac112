/** What the caller of `startGateway` configures for authorization (`GatewayOptions.auth`). */
import type { JsonWebKey } from './jwt';
import type { LocalCredentials } from './sigv4';
import type { QuotaLimits, ThrottleLimits } from './tokenBucket';

export interface AuthOptions {
  /** Credentials whose SigV4 signatures IAM-authorised routes accept. */
  iamCredentials?: LocalCredentials[];
  /** Token issuer → a JWKS file path, or the keys themselves (JWT and Cognito authorizers). */
  jwks?: Record<string, string | JsonWebKey[]>;
  /** The usage plan the API keys (`GatewayOptions.apiKeys`) belong to. */
  usagePlan?: { throttle?: ThrottleLimits; quota?: QuotaLimits };
}
