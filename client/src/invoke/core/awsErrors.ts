/** AWS errors in words a user can act on. Never includes credentials. */

export function describeAwsError(err: unknown, action: string): string {
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e?.name ?? '';
  const status = e?.$metadata?.httpStatusCode;
  if (name === 'AbortError') return `${action}: cancelled.`;
  if (/AccessDenied|UnauthorizedOperation|UnrecognizedClient|InvalidSignature|Forbidden/i.test(name) || status === 403)
    return `${action}: access denied. The selected credentials need permission for this call (${e.message ?? name}).`;
  if (/ExpiredToken|TokenRefreshRequired|SSOTokenProviderFailure/i.test(name) || /sso.*(expired|refresh)/i.test(e?.message ?? ''))
    return `${action}: the AWS session has expired. Sign in again (for SSO: aws sso login) and retry.`;
  if (name === 'CredentialsProviderError') return `${action}: no AWS credentials found. Choose a profile with "API Gateway: Select AWS Profile…".`;
  if (name === 'NotFoundException') return `${action}: not found (${e.message ?? 'the API, resource or method does not exist'}).`;
  if (name === 'TooManyRequestsException') return `${action}: throttled by AWS. Wait a moment and retry.`;
  // Emulators answer unimplemented operations with an HTML page, which the SDK cannot parse.
  if (name === 'SyntaxError' && status !== undefined) return `${action}: the endpoint does not support this operation (HTTP ${status}).`;
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN/.test(String(e?.message ?? '') + String((e as { code?: string })?.code ?? '')))
    return `${action}: the AWS endpoint is unreachable (${e.message}).`;
  return `${action}: ${e?.message || name || String(err)}`;
}
