/**
 * Sorts CloudWatch Logs errors into what a tail does next (retry soon, retry slowly, give up) and words them
 * for people. Never includes credentials or request signatures in messages.
 */

export type ErrorKind =
  /** Too many requests: back off and retry. */
  | 'throttled'
  /** Network trouble or a 5xx: retry with backoff, tell the user the connection was lost. */
  | 'connection'
  /** Expired or missing credentials: retry with backoff (the user may sign in again meanwhile). */
  | 'credentials'
  /** Missing permission: retrying will not help. */
  | 'denied'
  /** The log group does not exist (yet): execution log groups appear after the first logged request. */
  | 'notFound'
  /** A bad filter pattern or another invalid request: retrying will not help. */
  | 'invalid'
  | 'unknown';

interface AwsLikeError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
]);
const credentialNames = new Set([
  'ExpiredTokenException',
  'ExpiredToken',
  'TokenRefreshRequired',
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'InvalidClientTokenId',
]);

export function classifyError(err: unknown): ErrorKind {
  const e = (err ?? {}) as AwsLikeError;
  const name = e.name ?? '';
  const status = e.$metadata?.httpStatusCode;
  if (name === 'ThrottlingException' || name === 'LimitExceededException' || e.$retryable?.throttling || status === 429)
    return 'throttled';
  if (
    credentialNames.has(name) ||
    /security token .*expired|token has expired|sso session .*expired/i.test(e.message ?? '')
  )
    return 'credentials';
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || status === 403) return 'denied';
  if (name === 'ResourceNotFoundException') return 'notFound';
  if (
    name === 'InvalidParameterException' ||
    name === 'InvalidOperationException' ||
    name === 'ValidationException' ||
    status === 400
  )
    return 'invalid';
  if (
    networkCodes.has(e.code ?? '') ||
    name === 'TimeoutError' ||
    name === 'RequestTimeout' ||
    /socket hang up|fetch failed|network/i.test(e.message ?? '')
  )
    return 'connection';
  if (status !== undefined && status >= 500) return 'connection';
  // Emulators answer unknown operations with HTML pages, which the SDK reports as a deserialization error.
  if (name === 'SyntaxError') return 'invalid';
  return 'unknown';
}

/** True for errors raised because our own AbortSignal fired: not an error worth showing. */
export function isAbort(err: unknown): boolean {
  const name = (err as { name?: string } | undefined)?.name;
  return name === 'AbortError' || name === 'RequestAbortedError';
}

/** A sentence for the log view or a notification. `action` is the IAM action, e.g. "logs:FilterLogEvents". */
export function describeError(err: unknown, action: string, target?: string): string {
  const e = (err ?? {}) as AwsLikeError;
  const where = target ? ` on ${target}` : '';
  const detail = firstLine(e.message) || e.name || String(err);
  switch (classifyError(err)) {
    case 'throttled':
      return `AWS is throttling ${action}${where}; slowing down.`;
    case 'credentials':
      return `AWS credentials are missing or expired (${detail}). Sign in again, e.g. "aws sso login", or pick another profile with "API Gateway: Select AWS Profile…".`;
    case 'denied':
      return `Permission ${action} is missing${where} (${detail}).`;
    case 'notFound':
      return `${target ? `Log group ${target}` : 'The log group'} does not exist (yet). API Gateway creates execution log groups after the first logged request.`;
    case 'invalid':
      return `${action} was rejected${where}: ${detail}`;
    case 'connection':
      return `Cannot reach CloudWatch Logs (${e.code ?? detail}).`;
    default:
      return `${action} failed${where}: ${detail}`;
  }
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0].trim().slice(0, 300);
}
