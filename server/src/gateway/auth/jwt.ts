/**
 * JWT checks of HTTP API JWT authorizers and REST Cognito user-pool authorizers, with Node's crypto and a
 * JWKS read from a file (the local gateway never fetches an issuer's keys from the network).
 *
 * What API Gateway checks (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html):
 * the signature with the issuer's key named by `kid` (RSA algorithms only); `iss` equals the configured issuer;
 * `aud`, or `client_id` when there is no `aud`, matches a configured audience; `exp` is after now, `nbf` and
 * `iat` before now; when the route has scopes, `scope` or `scp` holds at least one of them.
 * A failure answers 401 with a `www-authenticate` header naming the reason
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html).
 */
import crypto from 'node:crypto';
import { scalarText } from '../../../../common/scalarText';

export interface JsonWebKey {
  kty: string;
  kid?: string;
  alg?: string;
  use?: string;
  n?: string;
  e?: string;
  [other: string]: unknown;
}

export interface JwtCheck {
  issuer: string;
  /** Empty: no audience check (REST Cognito authorizers check the user pool, not an audience). */
  audiences: string[];
  /** Scopes of the route; empty: no scope check. */
  scopes?: string[];
  keys: JsonWebKey[];
  /** Seconds since the epoch; injected for tests. */
  nowSeconds?: number;
}

export type JwtResult =
  { ok: true; claims: Record<string, unknown>; header: Record<string, unknown> } | { ok: false; description: string };

const rsaHashes: Record<string, string> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

/** Removes an optional `Bearer ` prefix, as HTTP API JWT authorizers accept both forms. */
export function tokenFromHeader(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  return /^bearer\s+/i.test(trimmed) ? trimmed.replace(/^bearer\s+/i, '') : trimmed;
}

/** Reads a JWKS document (`{"keys":[...]}`); throws with a clear message on anything else. */
export function parseJwks(text: string, source = 'JWKS'): JsonWebKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source} is not JSON: ${(err as Error).message}`);
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) throw new Error(`${source} has no "keys" list (a JWKS document is {"keys": [...]})`);
  return keys.filter((k): k is JsonWebKey => !!k && typeof k === 'object' && typeof (k as JsonWebKey).kty === 'string');
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function verifyJwt(token: string, check: JwtCheck): JwtResult {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)))
    return { ok: false, description: 'token contains an invalid number of segments' };
  const header = decodePart(parts[0]);
  const claims = decodePart(parts[1]);
  if (!header || !claims) return { ok: false, description: 'the token could not be decoded' };
  const alg = scalarText(header.alg) ?? '';
  const hash = rsaHashes[alg];
  if (!hash) return { ok: false, description: `signing method ${alg || 'none'} is invalid` };
  const candidates = check.keys.filter((k) => k.kty === 'RSA' && (header.kid === undefined || k.kid === header.kid));
  if (candidates.length === 0)
    return { ok: false, description: `the key ${scalarText(header.kid) ?? ''} is not in the JWKS`.replace('  ', ' ') };
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2], 'base64url');
  const valid = candidates.some((jwk) => {
    try {
      const key = crypto.createPublicKey({ key: jwk as crypto.JsonWebKey, format: 'jwk' });
      return crypto.verify(hash, signed, key, signature);
    } catch {
      return false;
    }
  });
  if (!valid) return { ok: false, description: 'the token signature is invalid' };

  const now = check.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (claims.iss !== check.issuer) return { ok: false, description: 'the token does not have a valid issuer' };
  if (check.audiences.length) {
    const aud = claims.aud !== undefined ? claims.aud : claims.client_id;
    const given = Array.isArray(aud) ? aud : aud === undefined ? [] : [aud];
    if (!given.some((a) => check.audiences.includes(String(a))))
      return { ok: false, description: 'the token does not have a valid audience' };
  }
  if (typeof claims.exp !== 'number' || claims.exp <= now) return { ok: false, description: 'the token has expired' };
  if (typeof claims.nbf === 'number' && claims.nbf > now)
    return { ok: false, description: 'the token is not valid yet' };
  if (typeof claims.iat === 'number' && claims.iat > now)
    return { ok: false, description: 'the token was issued in the future' };
  if (check.scopes?.length) {
    const raw = claims.scope ?? claims.scp;
    const held = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(' ') : [];
    if (!check.scopes.some((s) => held.includes(s)))
      return { ok: false, description: 'the token does not have the required scope' };
  }
  return { ok: true, claims, header };
}

/** API Gateway's `www-authenticate` header for a JWT failure (form from the troubleshooting page above). */
export function wwwAuthenticate(description: string, scopes: string[] = []): string {
  return `Bearer scope="${scopes.join(' ')}" error="invalid_token" error_description="${description.replace(/"/g, "'")}"`;
}
