/**
 * IAM authorization (`x-amazon-apigateway-authtype: awsSigv4`, SAM `AWS_IAM`): the request's Signature Version 4
 * is checked against credentials configured for the local gateway. The expected signature is computed with
 * @smithy/signature-v4, the signer the AWS SDKs and our test-invoke panel use, over exactly the headers the
 * caller says it signed.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 * Error texts follow what API Gateway answers (runtime facts §1.3, rows MISSING_AUTHENTICATION_TOKEN,
 * INVALID_SIGNATURE, EXPIRED_TOKEN); the texts of the malformed-header and unknown-key cases are the ones AWS
 * services give for those cases and are not documented for API Gateway itself.
 */
import crypto from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Shown as `$context.identity.userArn` / `caller`. */
  userArn?: string;
}

export interface SignedRequest {
  method: string;
  /** The path as received, percent-encoded, without the query. */
  path: string;
  /** The raw query string without `?`. */
  query: string;
  /** Lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | string;
}

export type SigV4Result =
  | { ok: true; accessKeyId: string; credentials: LocalCredentials; region: string }
  | { ok: false; statusCode: 403; responseType: 'MISSING_AUTHENTICATION_TOKEN' | 'INVALID_SIGNATURE' | 'EXPIRED_TOKEN' | 'ACCESS_DENIED'; message: string; errorType: string; detail?: string };

const fiveMinutes = 5 * 60 * 1000;

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v.join(',') : v;
}

/** `AWS4-HMAC-SHA256 Credential=AKID/20240102/us-east-1/execute-api/aws4_request, SignedHeaders=a;b, Signature=hex` */
export function parseAuthorization(value: string): { accessKeyId: string; date: string; region: string; service: string; signedHeaders: string[]; signature: string } | string {
  const match = /^AWS4-HMAC-SHA256\s+(.*)$/s.exec(value.trim());
  if (!match) return `Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=${value}`;
  const fields = new Map<string, string>();
  for (const part of match[1].split(',')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((f) => !fields.get(f));
  if (missing.length) return `${missing.map((f) => `Authorization header requires '${f}' parameter.`).join(' ')} Authorization=${value}`;
  const scope = fields.get('Credential')!.split('/');
  if (scope.length !== 5 || scope[4] !== 'aws4_request') return `Credential should be scoped to a valid region, service and aws4_request terminator: ${fields.get('Credential')}`;
  return {
    accessKeyId: scope[0],
    date: scope[1],
    region: scope[2],
    service: scope[3],
    signedHeaders: fields.get('SignedHeaders')!.split(';').map((h) => h.trim().toLowerCase()),
    signature: fields.get('Signature')!,
  };
}

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : undefined;
}

const amz = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export async function verifySigV4(request: SignedRequest, known: LocalCredentials[], now: Date = new Date()): Promise<SigV4Result> {
  const authorization = one(request.headers.authorization);
  if (!authorization) return deny('MISSING_AUTHENTICATION_TOKEN', 'Missing Authentication Token', 'MissingAuthenticationTokenException');
  const parsed = parseAuthorization(authorization);
  if (typeof parsed === 'string') return deny('INVALID_SIGNATURE', parsed, 'IncompleteSignatureException');
  const credentials = known.find((c) => c.accessKeyId === parsed.accessKeyId);
  if (!credentials) return deny('INVALID_SIGNATURE', 'The security token included in the request is invalid.', 'UnrecognizedClientException');
  if (parsed.service !== 'execute-api') return deny('INVALID_SIGNATURE', `Credential should be scoped to correct service: 'execute-api'.`, 'InvalidSignatureException');
  const amzDate = one(request.headers['x-amz-date']);
  const signedAt = amzDate ? parseAmzDate(amzDate) : undefined;
  if (!signedAt) return deny('INVALID_SIGNATURE', `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization}`, 'IncompleteSignatureException');
  if (now.getTime() - signedAt.getTime() > fiveMinutes)
    return deny('EXPIRED_TOKEN', `Signature expired: ${amzDate} is now earlier than ${amz(new Date(now.getTime() - fiveMinutes))} (${amz(now)} - 5 min.)`, 'InvalidSignatureException');
  if (signedAt.getTime() - now.getTime() > fiveMinutes)
    return deny('EXPIRED_TOKEN', `Signature not yet current: ${amzDate} is still later than ${amz(new Date(now.getTime() + fiveMinutes))} (${amz(now)} + 5 min.)`, 'InvalidSignatureException');

  // The signer trusts a signed x-amz-content-sha256 header as the payload's hash, so the body is held to it here.
  const contentHash = one(request.headers['x-amz-content-sha256']);
  const bodyChanged = !!contentHash && contentHash !== 'UNSIGNED-PAYLOAD' && contentHash !== crypto.createHash('sha256').update(request.body).digest('hex');
  const expected = await expectedSignature(request, parsed, credentials, signedAt);
  if (bodyChanged || expected !== parsed.signature)
    return deny(
      'INVALID_SIGNATURE',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      'InvalidSignatureException',
      `signed headers: ${parsed.signedHeaders.join(';')}; scope ${parsed.date}/${parsed.region}/${parsed.service}`,
    );
  return { ok: true, accessKeyId: parsed.accessKeyId, credentials, region: parsed.region };
}

async function expectedSignature(
  request: SignedRequest,
  parsed: Exclude<ReturnType<typeof parseAuthorization>, string>,
  credentials: LocalCredentials,
  signedAt: Date,
): Promise<string> {
  const headers: Record<string, string> = {};
  for (const name of parsed.signedHeaders) {
    const value = one(request.headers[name]);
    if (value !== undefined) headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(request.query)) {
    const prev = query[k];
    query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  const sessionToken = one(request.headers['x-amz-security-token']);
  const signer = new SignatureV4({
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
    region: parsed.region,
    service: 'execute-api',
    sha256: Sha256,
  });
  const host = headers.host ?? '';
  const signed = await signer.sign(
    { method: request.method.toUpperCase(), protocol: 'http:', hostname: host, path: request.path, query, headers, body: request.body },
    { signingDate: signedAt, signableHeaders: new Set(parsed.signedHeaders) },
  );
  const auth = String(signed.headers.authorization ?? '');
  return /Signature=([0-9a-f]+)/.exec(auth)?.[1] ?? '';
}

function deny(responseType: Extract<SigV4Result, { ok: false }>['responseType'], message: string, errorType: string, detail?: string): SigV4Result {
  return { ok: false, statusCode: 403, responseType, message, errorType, ...(detail ? { detail } : {}) };
}
