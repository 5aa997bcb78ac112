/** SigV4 signing of a real request for IAM-authorised routes (service `execute-api`). */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { HttpInvokeRequest } from './types';

export interface SigningOptions {
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  region: string;
  service?: string;
  /** Fixed time, for tests. */
  signingDate?: Date;
}

/** Returns a copy of the request with `authorization`, `x-amz-date` (and token, content hash) headers added. */
export async function signRequest(request: HttpInvokeRequest, options: SigningOptions): Promise<HttpInvokeRequest> {
  const url = new URL(request.url);
  const signer = new SignatureV4({
    credentials: options.credentials,
    region: options.region,
    service: options.service ?? 'execute-api',
    sha256: Sha256,
  });
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of url.searchParams) {
    const prev = query[k];
    query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      // Already percent-encoded: the signer encodes it once more, as SigV4 wants for every service but S3.
      path: url.pathname,
      query,
      headers: { ...request.headers, host: url.host },
      body: request.body,
    },
    options.signingDate ? { signingDate: options.signingDate } : {},
  );
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers)) if (k.toLowerCase() !== 'host') headers[k.toLowerCase()] = v;
  return { ...request, headers };
}
