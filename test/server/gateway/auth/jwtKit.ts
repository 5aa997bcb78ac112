// Test helper: an RSA key pair as a JWKS, and RS256 tokens signed with Node's crypto.
import crypto from 'node:crypto';

export function makeJwks(kid: string): { privateKey: crypto.KeyObject; jwks: { keys: Record<string, unknown>[] } } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, jwks: { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] } };
}

export function signJwt(privateKey: crypto.KeyObject, kid: string, claims: Record<string, unknown>): string {
  const head = Buffer.from(JSON.stringify({ alg: 'RS256', kid, typ: 'JWT' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = crypto.sign('sha256', Buffer.from(`${head}.${body}`), privateKey).toString('base64url');
  return `${head}.${body}.${signature}`;
}
