/**
 * AWS service integrations (`type: aws` to a service other than Lambda) are not executed locally: there is no
 * account to call. The answer shows the request API Gateway would send, signed with SigV4 (with placeholder
 * credentials, so it proves the shape, not access). URI forms: `arn:aws:apigateway:REGION:SERVICE:path/PATH` and
 * `...:action/ACTION` (DG "x-amazon-apigateway-integration object", `uri`).
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { GatewayHttpResponse } from '../types';

export async function awsServiceAnswer(uri: string, method: string, headers: Record<string, string[]>, body: Buffer): Promise<GatewayHttpResponse> {
  const m = /^arn:aws:apigateway:([^:]+):([^:]+):(path|action)\/(.*)$/.exec(uri);
  if (!m) {
    return json(500, { message: 'Internal server error', localGateway: `the AWS integration uri ${uri} is not arn:aws:apigateway:REGION:SERVICE:path/... or action/...` });
  }
  const [, region, serviceHost, form, rest] = m;
  const service = serviceHost.split('.').pop() ?? serviceHost;
  const hostname = `${serviceHost}.${region}.amazonaws.com`;
  const query: Record<string, string> = {};
  let path = '/';
  if (form === 'path') path = `/${rest}`;
  else query.Action = rest.split('&')[0];
  const flatHeaders: Record<string, string> = { host: hostname };
  for (const [k, v] of Object.entries(headers)) flatHeaders[k] = v.join(',');
  const signer = new SignatureV4({
    service,
    region,
    credentials: { accessKeyId: 'AKIDLOCALGATEWAY0000', secretAccessKey: 'local-gateway-placeholder-secret' },
    sha256: Sha256,
  });
  const signed = await signer.sign({ method, protocol: 'https:', hostname, path, query, headers: flatHeaders, body: body.toString('utf8') });
  const search = new URLSearchParams(query).toString();
  return json(501, {
    message: 'AWS service integrations are not executed by the local gateway; this is the signed request API Gateway would send',
    request: { method, url: `https://${hostname}${path}${search ? `?${search}` : ''}`, headers: signed.headers, body: body.toString('utf8') },
  });
}

function json(statusCode: number, value: unknown): GatewayHttpResponse {
  return { statusCode, headers: { 'Content-Type': ['application/json'] }, body: Buffer.from(JSON.stringify(value, null, 2)) };
}
