/**
 * Turns whatever the AWS SDK throws into one sentence a person can act on: which permission is missing, that the
 * SSO session expired, that the endpoint cannot be reached, ... Pure (no `vscode`), so the mapping is tested with
 * real SDK error objects.
 */

export type AwsErrorKind =
  | 'cancelled'
  | 'noCredentials'
  | 'ssoExpired'
  | 'expiredToken'
  | 'invalidCredentials'
  | 'accessDenied'
  | 'throttled'
  | 'unreachable'
  | 'notOffered'
  | 'notFound'
  | 'badRequest'
  | 'conflict'
  | 'limitExceeded'
  | 'other';

export interface AwsErrorContext {
  /** The operation, e.g. "GetRestApis", named in messages where the SDK error does not say it. */
  operation?: string;
  /** The IAM action the operation needs, e.g. "apigateway:GET", for access-denied messages without one. */
  action?: string;
  profile?: string;
  region?: string;
  endpoint?: string;
}

export interface AwsErrorInfo {
  kind: AwsErrorKind;
  message: string;
}

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  Code?: string;
  cause?: unknown;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
]);

function shapeOf(err: unknown): SdkErrorShape {
  return typeof err === 'object' && err !== null ? err : { message: String(err) };
}

/** The network error code of an error or of the errors it wraps (Node puts it on `code`, fetch on `cause`). */
function networkCode(err: SdkErrorShape, depth = 0): string | undefined {
  if (err.code && networkCodes.has(err.code)) return err.code;
  if (err.name === 'TimeoutError' || /\b(socket|connection) ?timed? ?out|timeout/i.test(err.name ?? ''))
    return 'ETIMEDOUT';
  const nested = err.cause ?? (err as { errors?: unknown[] }).errors?.[0];
  return depth < 3 && nested && typeof nested === 'object' ? networkCode(nested, depth + 1) : undefined;
}

function where(ctx: AwsErrorContext): string {
  return ctx.endpoint ? `the endpoint ${ctx.endpoint}` : `AWS in ${ctx.region ?? 'the selected region'}`;
}

function profileText(ctx: AwsErrorContext): string {
  return ctx.profile ? ` of profile "${ctx.profile}"` : '';
}

function trimMessage(message: string | undefined): string {
  const text = (message ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

const networkHints: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
  ETIMEDOUT: 'the request timed out',
  ECONNRESET: 'the connection was reset',
};

export function describeAwsError(error: unknown, ctx: AwsErrorContext = {}): AwsErrorInfo {
  const err = shapeOf(error);
  const name = err.name ?? err.Code ?? '';
  const message = trimMessage(err.message);
  const status = err.$metadata?.httpStatusCode;
  const op = ctx.operation ? ` (${ctx.operation})` : '';

  if (name === 'AbortError' || name === 'CancellationError') return { kind: 'cancelled', message: 'Cancelled.' };

  if (name === 'CredentialsProviderError' || name === 'TokenProviderError') {
    if (/sso/i.test(message) && /expired|invalid|refresh/i.test(message)) {
      const login = ctx.profile ? `aws sso login --profile ${ctx.profile}` : 'aws sso login';
      return {
        kind: 'ssoExpired',
        message: `The AWS SSO session${profileText(ctx)} has expired or is not signed in. Run "${login}" in a terminal, then try again.`,
      };
    }
    const detail = /could not load credentials from any providers/i.test(message) ? '' : ` (${message})`;
    return {
      kind: 'noCredentials',
      message: `No AWS credentials found${profileText(ctx)}${detail}. Choose a profile with "API Gateway: Select AWS Profile…", or set up credentials with "aws configure" or "aws sso login".`,
    };
  }

  if (
    /^ExpiredToken(Exception)?$|^RequestExpired$|^TokenRefreshRequired$/.test(name) ||
    /security token included in the request is expired/i.test(message)
  ) {
    return {
      kind: 'expiredToken',
      message: `The AWS credentials${profileText(ctx)} have expired. Refresh them (for SSO: "aws sso login"), then try again.`,
    };
  }

  if (
    /^(UnrecognizedClient|InvalidClientTokenId|InvalidSignature|SignatureDoesNotMatch|IncompleteSignature|MissingAuthenticationToken)(Exception)?$/.test(
      name,
    )
  ) {
    return {
      kind: 'invalidCredentials',
      message: `AWS did not accept the credentials${profileText(ctx)} (${name}). Check the access key, or choose another profile.`,
    };
  }

  if (
    /^AccessDenied(Exception)?$|^UnauthorizedOperation$|^Forbidden(Exception)?$/.test(name) ||
    (status === 403 && /not authorized/i.test(message))
  ) {
    const action = /perform:\s*([\w-]+:[\w*-]+)/.exec(message)?.[1] ?? ctx.action;
    const resource = /on resource:\s*(\S+)/.exec(message)?.[1];
    const what = action ? `"${action}"${resource ? ` on ${resource}` : ''}` : `this operation${op}`;
    return {
      kind: 'accessDenied',
      message: `Access denied: the credentials${profileText(ctx)} are not allowed to perform ${what}. Ask for that permission in IAM.`,
    };
  }

  if (/^(TooManyRequests|Throttling|ThrottlingException|TooManyRequestsException)$/.test(name) || status === 429) {
    const attempts = err.$metadata?.attempts;
    return {
      kind: 'throttled',
      message: `API Gateway is throttling requests${op}${attempts ? ` and still refused after ${attempts} attempts` : ''}. Wait a minute, then try again.`,
    };
  }

  const net = networkCode(err);
  if (net) {
    return {
      kind: 'unreachable',
      message: `Cannot reach ${where(ctx)}: ${networkHints[net] ?? net} (${net}). ${ctx.endpoint ? 'Is the emulator running? Check the setting "apigw.aws.endpoint".' : 'Check the network connection and proxy.'}`,
    };
  }

  // Emulators answer operations they lack (or crash on) with an HTML page, which the SDK fails to parse.
  if (name === 'SyntaxError' && status) {
    const emulator = ctx.endpoint ? `${ctx.endpoint}` : 'The endpoint';
    return status === 404 || status === 501
      ? {
          kind: 'notOffered',
          message: `${emulator} does not offer this operation${op} (HTTP ${status}). Emulators such as moto lack some API Gateway operations.`,
        }
      : {
          kind: 'notOffered',
          message: `${emulator} failed on this operation${op} with HTTP ${status} and a page that is not an AWS answer: the emulator does not implement it or crashed.`,
        };
  }

  if (/^NotFound(Exception)?$|^ResourceNotFound(Exception)?$/.test(name))
    return {
      kind: 'notFound',
      message: `Not found${op}: ${message || 'the resource no longer exists'}. Refresh the explorer.`,
    };
  if (/^BadRequest(Exception)?$|^ValidationException$/.test(name))
    return { kind: 'badRequest', message: `API Gateway rejected the request${op}: ${message}` };
  if (/^Conflict(Exception)?$/.test(name)) return { kind: 'conflict', message: `Conflict${op}: ${message}` };
  if (/^LimitExceeded(Exception)?$|^ServiceQuotaExceeded/.test(name))
    return { kind: 'limitExceeded', message: `An API Gateway quota was reached${op}: ${message}` };

  const label = name && name !== 'Error' ? `${name}: ` : '';
  return { kind: 'other', message: `${label}${message || 'unknown error'}${status ? ` (HTTP ${status})` : ''}` };
}

export function awsErrorMessage(error: unknown, ctx: AwsErrorContext = {}): string {
  return describeAwsError(error, ctx).message;
}

/** True when the endpoint lacks the operation (emulators): callers may take a documented fallback path. */
export function isOperationNotOffered(error: unknown): boolean {
  const err = shapeOf(error);
  const status = err.$metadata?.httpStatusCode;
  if (err.name === 'SyntaxError' && (status === 404 || status === 500 || status === 501)) return true;
  return err.name === 'NotImplementedException' || /not ?implemented/i.test(err.message ?? '');
}

/** True for "this does not exist" answers. */
export function isNotFound(error: unknown): boolean {
  return describeAwsError(error).kind === 'notFound';
}
