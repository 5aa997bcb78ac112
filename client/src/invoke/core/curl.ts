/**
 * "Copy as curl". Every argument is single-quoted for POSIX shells, so nothing in a header or body is
 * interpreted by the shell. A SigV4-signed request is rendered with curl's own `--aws-sigv4`, reading the
 * keys from the environment: a copied command never holds a secret key or an expiring signature.
 */
import type { HttpInvokeRequest } from './types';

export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface CurlOptions {
  /** Render SigV4 signing with `--aws-sigv4` for this region. */
  sigv4Region?: string;
  /** Add the session token header (temporary credentials). */
  sessionToken?: boolean;
}

/** Headers added by signing, which `--aws-sigv4` recomputes. */
const signingHeaders = new Set(['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']);

export function toCurl(request: HttpInvokeRequest, options: CurlOptions = {}): string {
  const args = ['curl', '-i'];
  if (request.method !== 'GET') args.push('-X', shellQuote(request.method));
  args.push(shellQuote(request.url));
  for (const [name, value] of Object.entries(request.headers)) {
    if (options.sigv4Region && signingHeaders.has(name)) continue;
    args.push('-H', shellQuote(`${name}: ${value}`));
  }
  if (options.sigv4Region) {
    args.push(
      '--aws-sigv4',
      shellQuote(`aws:amz:${options.sigv4Region}:execute-api`),
      '--user',
      '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
    );
    if (options.sessionToken) args.push('-H', '"x-amz-security-token: $AWS_SESSION_TOKEN"');
  }
  if (request.body !== undefined) args.push('--data-binary', shellQuote(request.body));
  return args.join(' ');
}
