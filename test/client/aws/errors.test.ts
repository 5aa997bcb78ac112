// What the user reads when an AWS call fails, for every kind of failure describeAwsError knows: the kind decides
// what the extension offers next (retry, sign in, fall back), the sentence is what the user acts on. Error objects
// are the SDK's own exception classes where the SDK has one, otherwise plain objects shaped like what the SDK and
// Node throw (name, code, cause, $metadata); no network, so this runs in well under a second.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  BadRequestException,
  ConflictException,
  LimitExceededException,
  NotFoundException,
  TooManyRequestsException,
} from '@aws-sdk/client-api-gateway';
import {
  awsErrorMessage,
  describeAwsError,
  isNotFound,
  isOperationNotOffered,
  type AwsErrorContext,
} from '../../../client/src/aws/errors';

const meta = (httpStatusCode?: number, attempts?: number) => ({ $metadata: { httpStatusCode, attempts } });
const named = (name: string, message = '', extra: object = {}) => Object.assign(new Error(message), { name }, extra);

describe('describeAwsError', () => {
  test('a cancelled request is only "Cancelled."', () => {
    for (const name of ['AbortError', 'CancellationError'])
      assert.deepEqual(describeAwsError(named(name, 'The operation was aborted')), {
        kind: 'cancelled',
        message: 'Cancelled.',
      });
  });

  test('an expired SSO session names the login command, with the profile when there is one', () => {
    const err = named('CredentialsProviderError', 'The SSO session associated with this profile has expired');
    assert.deepEqual(describeAwsError(err, { profile: 'dev' }), {
      kind: 'ssoExpired',
      message:
        'The AWS SSO session of profile "dev" has expired or is not signed in. Run "aws sso login --profile dev" in a terminal, then try again.',
    });
    assert.equal(
      awsErrorMessage(named('TokenProviderError', 'SSO token is invalid, refresh it')),
      'The AWS SSO session has expired or is not signed in. Run "aws sso login" in a terminal, then try again.',
    );
    // An SSO word alone (no expiry) is a missing-credentials case, and so is an expiry word without SSO.
    assert.equal(
      describeAwsError(named('CredentialsProviderError', 'SSO profile not configured')).kind,
      'noCredentials',
    );
    assert.equal(describeAwsError(named('CredentialsProviderError', 'the token expired')).kind, 'noCredentials');
  });

  test('missing credentials point to the profile picker; the SDK detail is kept unless it says nothing', () => {
    assert.deepEqual(
      describeAwsError(named('CredentialsProviderError', 'Could not load credentials from any providers')),
      {
        kind: 'noCredentials',
        message:
          'No AWS credentials found. Choose a profile with "API Gateway: Select AWS Profile…", or set up credentials with "aws configure" or "aws sso login".',
      },
    );
    assert.equal(
      awsErrorMessage(named('CredentialsProviderError', 'Profile ops could not be found'), { profile: 'ops' }),
      'No AWS credentials found of profile "ops" (Profile ops could not be found). Choose a profile with "API Gateway: Select AWS Profile…", or set up credentials with "aws configure" or "aws sso login".',
    );
  });

  test('expired credentials ask for a refresh, by error name or by the STS sentence', () => {
    const expected = {
      kind: 'expiredToken',
      message:
        'The AWS credentials of profile "p" have expired. Refresh them (for SSO: "aws sso login"), then try again.',
    };
    for (const name of ['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired'])
      assert.deepEqual(describeAwsError(named(name, 'x'), { profile: 'p' }), expected, name);
    assert.deepEqual(
      describeAwsError(named('UnknownError', 'The security token included in the request is expired'), {
        profile: 'p',
      }),
      expected,
    );
    // Names are matched whole: a longer name that only contains one is something else.
    assert.notEqual(describeAwsError(named('NotExpiredTokenAtAll')).kind, 'expiredToken');
    assert.notEqual(describeAwsError(named('RequestExpiredSoon')).kind, 'expiredToken');
    assert.equal(
      awsErrorMessage(named('ExpiredToken')),
      'The AWS credentials have expired. Refresh them (for SSO: "aws sso login"), then try again.',
    );
  });

  test('credentials AWS does not accept name the error and suggest another profile', () => {
    for (const base of [
      'UnrecognizedClient',
      'InvalidClientTokenId',
      'InvalidSignature',
      'SignatureDoesNotMatch',
      'IncompleteSignature',
      'MissingAuthenticationToken',
    ])
      for (const name of [base, `${base}Exception`])
        assert.deepEqual(describeAwsError(named(name), { profile: 'p' }), {
          kind: 'invalidCredentials',
          message: `AWS did not accept the credentials of profile "p" (${name}). Check the access key, or choose another profile.`,
        });
    assert.equal(describeAwsError(named('XInvalidSignature')).kind, 'other');
    assert.equal(describeAwsError(named('InvalidSignatureLater')).kind, 'other');
  });

  test('access denied names the IAM action and the resource from AWS message', () => {
    const err = named(
      'AccessDeniedException',
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:us-east-1::/restapis',
      meta(403),
    );
    assert.deepEqual(describeAwsError(err, { profile: 'dev', action: 'apigateway:POST', operation: 'GetRestApis' }), {
      kind: 'accessDenied',
      message:
        'Access denied: the credentials of profile "dev" are not allowed to perform "apigateway:GET" on arn:aws:apigateway:us-east-1::/restapis. Ask for that permission in IAM.',
    });
    assert.equal(
      awsErrorMessage(named('AccessDenied', 'not authorized to perform: execute-api:Invoke')),
      'Access denied: the credentials are not allowed to perform "execute-api:Invoke". Ask for that permission in IAM.',
    );
  });

  test("access denied without an action in the message uses the caller's action, else the operation", () => {
    assert.equal(
      awsErrorMessage(named('ForbiddenException', 'Forbidden'), { action: 'apigateway:DELETE' }),
      'Access denied: the credentials are not allowed to perform "apigateway:DELETE". Ask for that permission in IAM.',
    );
    assert.equal(
      awsErrorMessage(named('UnauthorizedOperation', ''), { operation: 'DeleteStage' }),
      'Access denied: the credentials are not allowed to perform this operation (DeleteStage). Ask for that permission in IAM.',
    );
    assert.equal(
      awsErrorMessage(named('Forbidden', '')),
      'Access denied: the credentials are not allowed to perform this operation. Ask for that permission in IAM.',
    );
    // An unnamed 403 counts only when AWS says "not authorized"; another 403 is reported as it is.
    assert.equal(describeAwsError(named('UnknownError', 'User is not authorized', meta(403))).kind, 'accessDenied');
    assert.equal(describeAwsError(named('UnknownError', 'User is not authorized', meta(400))).kind, 'other');
    assert.equal(describeAwsError(named('UnknownError', 'Missing Authentication Token', meta(403))).kind, 'other');
    assert.equal(describeAwsError(named('AccessDeniedForever')).kind, 'other');
  });

  test('throttling says how many attempts the SDK made, and a bare 429 counts', () => {
    const sdkError = new TooManyRequestsException({ message: 'Too Many Requests', ...meta(429, 3) });
    assert.deepEqual(describeAwsError(sdkError, { operation: 'GetRestApis' }), {
      kind: 'throttled',
      message:
        'API Gateway is throttling requests (GetRestApis) and still refused after 3 attempts. Wait a minute, then try again.',
    });
    for (const name of ['TooManyRequests', 'Throttling', 'ThrottlingException'])
      assert.equal(
        awsErrorMessage(named(name, 'Rate exceeded')),
        'API Gateway is throttling requests. Wait a minute, then try again.',
      );
    assert.equal(describeAwsError(named('SlowDown', 'Slow down', meta(429))).kind, 'throttled');
    assert.equal(describeAwsError(named('ThrottlingX')).kind, 'other');
  });

  test('an unreachable endpoint says where and why, and asks about the emulator when there is an endpoint', () => {
    assert.deepEqual(
      describeAwsError(named('Error', 'connect ECONNREFUSED', { code: 'ECONNREFUSED' }), {
        endpoint: 'http://127.0.0.1:5000',
      }),
      {
        kind: 'unreachable',
        message:
          'Cannot reach the endpoint http://127.0.0.1:5000: the connection was refused (ECONNREFUSED). Is the emulator running? Check the setting "apigw.aws.endpoint".',
      },
    );
    assert.equal(
      awsErrorMessage(named('Error', 'getaddrinfo', { code: 'ENOTFOUND' }), { region: 'eu-west-1' }),
      'Cannot reach AWS in eu-west-1: the host name does not resolve (ENOTFOUND). Check the network connection and proxy.',
    );
    const hints: Record<string, string> = {
      EAI_AGAIN: 'the host name does not resolve',
      ETIMEDOUT: 'the request timed out',
      ECONNRESET: 'the connection was reset',
      EHOSTUNREACH: 'EHOSTUNREACH',
      ENETUNREACH: 'ENETUNREACH',
      EPIPE: 'EPIPE',
      ECONNABORTED: 'ECONNABORTED',
    };
    for (const [code, hint] of Object.entries(hints))
      assert.equal(
        awsErrorMessage(named('Error', 'x', { code })),
        `Cannot reach AWS in the selected region: ${hint} (${code}). Check the network connection and proxy.`,
      );
    // Another code is not a network failure.
    assert.equal(describeAwsError(named('Error', 'x', { code: 'EACCES' })).kind, 'other');
  });

  test('the network code is found on wrapped errors (fetch cause, AggregateError), a few levels deep only', () => {
    const refused = { code: 'ECONNREFUSED' };
    assert.equal(describeAwsError(named('TypeError', 'fetch failed', { cause: refused })).kind, 'unreachable');
    assert.equal(describeAwsError(new AggregateError([refused], 'all failed')).kind, 'unreachable');
    const wrap = (inner: object, times: number): object => (times === 0 ? inner : wrap({ cause: inner }, times - 1));
    assert.equal(describeAwsError(wrap(refused, 3)).kind, 'unreachable');
    assert.equal(describeAwsError(wrap(refused, 5)).kind, 'other');
    // A non-object cause is not followed.
    assert.equal(describeAwsError(named('Error', 'x', { cause: 'ECONNREFUSED' })).kind, 'other');
  });

  test('time-outs are recognised by the error name', () => {
    for (const name of ['TimeoutError', 'RequestTimeout', 'socket timed out', 'ConnectionTimeOut', 'SocketTimeout'])
      assert.match(awsErrorMessage(named(name, 'x')), /the request timed out \(ETIMEDOUT\)/, name);
    assert.equal(describeAwsError(named('TimeError', 'x')).kind, 'other');
  });

  test('an emulator page instead of an AWS answer says the operation is not offered', () => {
    for (const status of [404, 501])
      assert.deepEqual(
        describeAwsError(named('SyntaxError', 'Unexpected token <', meta(status)), { operation: 'CreateDeployment' }),
        {
          kind: 'notOffered',
          message: `The endpoint does not offer this operation (CreateDeployment) (HTTP ${status}). Emulators such as moto lack some API Gateway operations.`,
        },
      );
    assert.deepEqual(describeAwsError(named('SyntaxError', 'x', meta(500)), { endpoint: 'http://127.0.0.1:5000' }), {
      kind: 'notOffered',
      message:
        'http://127.0.0.1:5000 failed on this operation with HTTP 500 and a page that is not an AWS answer: the emulator does not implement it or crashed.',
    });
    // A syntax error without an HTTP answer is a plain error.
    assert.equal(describeAwsError(named('SyntaxError', 'bad')).kind, 'other');
  });

  test('not found, bad request, conflict and quota errors keep AWS message and name the operation', () => {
    const op: AwsErrorContext = { operation: 'GetStage' };
    assert.deepEqual(
      describeAwsError(new NotFoundException({ message: 'Invalid stage identifier specified', ...meta(404) }), op),
      {
        kind: 'notFound',
        message: 'Not found (GetStage): Invalid stage identifier specified. Refresh the explorer.',
      },
    );
    assert.equal(
      awsErrorMessage(named('ResourceNotFoundException', '')),
      'Not found: the resource no longer exists. Refresh the explorer.',
    );
    assert.equal(describeAwsError(named('NotFound')).kind, 'notFound');
    assert.equal(describeAwsError(named('ResourceNotFound')).kind, 'notFound');
    assert.deepEqual(describeAwsError(new BadRequestException({ message: 'Invalid ARN', ...meta(400) }), op), {
      kind: 'badRequest',
      message: 'API Gateway rejected the request (GetStage): Invalid ARN',
    });
    assert.equal(describeAwsError(named('BadRequest')).kind, 'badRequest');
    assert.equal(describeAwsError(named('ValidationException')).kind, 'badRequest');
    assert.deepEqual(describeAwsError(new ConflictException({ message: 'Stage already exists', ...meta(409) }), op), {
      kind: 'conflict',
      message: 'Conflict (GetStage): Stage already exists',
    });
    assert.equal(describeAwsError(named('Conflict')).kind, 'conflict');
    assert.deepEqual(
      describeAwsError(new LimitExceededException({ message: 'Too many APIs', ...meta(429) }), op).kind,
      'throttled',
    );
    assert.deepEqual(describeAwsError(new LimitExceededException({ message: 'Too many APIs', ...meta(400) }), op), {
      kind: 'limitExceeded',
      message: 'An API Gateway quota was reached (GetStage): Too many APIs',
    });
    assert.equal(describeAwsError(named('LimitExceeded')).kind, 'limitExceeded');
    assert.equal(describeAwsError(named('ServiceQuotaExceededException')).kind, 'limitExceeded');
    for (const name of [
      'NotFoundX',
      'XNotFound',
      'BadRequestNow',
      'ConflictX',
      'XLimitExceeded',
      'XServiceQuotaExceeded',
    ])
      assert.equal(describeAwsError(named(name)).kind, 'other', name);
  });

  test('anything else keeps its name, message and HTTP status', () => {
    assert.deepEqual(describeAwsError(named('InternalFailure', 'boom', meta(503))), {
      kind: 'other',
      message: 'InternalFailure: boom (HTTP 503)',
    });
    assert.equal(awsErrorMessage(new Error('plain')), 'plain');
    assert.equal(awsErrorMessage(named('Error', '')), 'unknown error');
    assert.equal(awsErrorMessage('a thrown string'), 'a thrown string');
    assert.equal(awsErrorMessage(null), 'null');
    assert.equal(awsErrorMessage({ Code: 'InternalError', message: 'x' }), 'InternalError: x');
  });

  test('long or ragged messages are tidied: whitespace folded, cut at 300 characters with an ellipsis', () => {
    assert.equal(awsErrorMessage(named('Boom', '  two\n\n lines\tand  tabs ')), 'Boom: two lines and tabs');
    const exactly300 = 'x'.repeat(300);
    assert.equal(awsErrorMessage(new Error(exactly300)), exactly300);
    assert.equal(awsErrorMessage(new Error('y'.repeat(301))), `${'y'.repeat(297)}…`);
  });
});

describe('error names are matched whole', () => {
  test('a longer name that contains a known one is not taken for it', () => {
    const byKind: Record<string, string[]> = {
      expiredToken: ['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired'],
      accessDenied: [
        'AccessDenied',
        'AccessDeniedException',
        'UnauthorizedOperation',
        'Forbidden',
        'ForbiddenException',
      ],
      throttled: ['TooManyRequests', 'Throttling', 'ThrottlingException', 'TooManyRequestsException'],
      notFound: ['NotFound', 'NotFoundException', 'ResourceNotFound', 'ResourceNotFoundException'],
      badRequest: ['BadRequest', 'BadRequestException', 'ValidationException'],
      conflict: ['Conflict', 'ConflictException'],
      limitExceeded: ['LimitExceeded', 'LimitExceededException'],
    };
    for (const [kind, names] of Object.entries(byKind))
      for (const name of names) {
        assert.equal(describeAwsError(named(name, 'x')).kind, kind, name);
        assert.notEqual(describeAwsError(named(`My${name}`, 'x')).kind, kind, `My${name}`);
        assert.notEqual(describeAwsError(named(`${name}Later`, 'x')).kind, kind, `${name}Later`);
      }
    // Service-quota errors come with several suffixes; the prefix is what counts.
    assert.equal(describeAwsError(named('ServiceQuotaExceededException', 'x')).kind, 'limitExceeded');
    assert.notEqual(describeAwsError(named('MyServiceQuotaExceeded', 'x')).kind, 'limitExceeded');
  });

  test('time-out names with or without spaces, "timed" or "time"', () => {
    for (const name of ['SocketTimedOut', 'connection time out', 'Connection timed out', 'socket timedout'])
      assert.equal(describeAwsError(named(name, 'x')).kind, 'unreachable', name);
  });

  test('IAM action and resource are read with or without a space after the colon', () => {
    assert.equal(
      awsErrorMessage(named('AccessDeniedException', 'not authorized to perform:apigateway:GET on resource:arn:aws:x')),
      'Access denied: the credentials are not allowed to perform "apigateway:GET" on arn:aws:x. Ask for that permission in IAM.',
    );
  });

  test('the wrapped-cause search stops four levels down', () => {
    const wrap = (inner: object, times: number): object => (times === 0 ? inner : wrap({ cause: inner }, times - 1));
    assert.equal(describeAwsError(wrap({ code: 'ECONNRESET' }, 4)).kind, 'other');
  });

  test('an error with no message at all says "unknown error"', () => {
    assert.equal(awsErrorMessage({ name: 'Boom' }), 'Boom: unknown error');
    assert.equal(awsErrorMessage({}), 'unknown error');
  });
});

describe('isOperationNotOffered / isNotFound', () => {
  test('an emulator page with 404, 500 or 501, NotImplemented, or "not implemented" in the message', () => {
    for (const status of [404, 500, 501])
      assert.equal(isOperationNotOffered(named('SyntaxError', 'x', meta(status))), true);
    assert.equal(isOperationNotOffered(named('SyntaxError', 'x', meta(400))), false);
    assert.equal(isOperationNotOffered(named('OtherError', 'x', meta(404))), false);
    assert.equal(isOperationNotOffered(named('NotImplementedException', 'x')), true);
    assert.equal(isOperationNotOffered(named('Error', 'The operation is not implemented')), true);
    assert.equal(isOperationNotOffered(named('Error', 'NotImplemented yet')), true);
    assert.equal(isOperationNotOffered(named('Error', 'implemented')), false);
    assert.equal(isOperationNotOffered({ name: 'Error' }), false);
  });

  test('isNotFound is true for not-found answers only', () => {
    assert.equal(isNotFound(new NotFoundException({ message: 'gone', $metadata: {} })), true);
    assert.equal(isNotFound(named('ConflictException', 'x')), false);
  });
});
