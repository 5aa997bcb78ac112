// What a log tail does when CloudWatch Logs fails (the kind: retry soon, retry slowly, give up) and the sentence the
// user reads. Error objects shaped as the SDK and Node throw them (name, code, $metadata, $retryable).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { classifyError, describeError, isAbort } from '../../../client/src/logs/logErrors';

const err = (name: string, message = '', extra: object = {}) => Object.assign(new Error(message), { name }, extra);
const status = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });

describe('classifyError', () => {
  test('throttling, by name, by the SDK retry flag or by HTTP 429', () => {
    for (const e of [
      err('ThrottlingException'),
      err('LimitExceededException'),
      err('Other', '', { $retryable: { throttling: true } }),
      err('Other', '', status(429)),
    ])
      assert.equal(classifyError(e), 'throttled', e.name);
    assert.equal(classifyError(err('Other', '', { $retryable: { throttling: false } })), 'unknown');
  });

  test('expired or unknown credentials, by name or by the wording of STS and SSO', () => {
    for (const name of [
      'ExpiredTokenException',
      'ExpiredToken',
      'TokenRefreshRequired',
      'CredentialsProviderError',
      'UnrecognizedClientException',
      'InvalidSignatureException',
      'InvalidClientTokenId',
    ])
      assert.equal(classifyError(err(name)), 'credentials', name);
    for (const message of [
      'The security token included in the request is expired',
      'The SSO token has expired',
      'Your SSO session associated with this profile has expired',
    ])
      assert.equal(classifyError(err('Other', message)), 'credentials', message);
    assert.equal(classifyError(err('Other', 'security token')), 'unknown');
  });

  test('missing permission, not found, and invalid requests', () => {
    assert.equal(classifyError(err('AccessDeniedException')), 'denied');
    assert.equal(classifyError(err('AccessDenied')), 'denied');
    assert.equal(classifyError(err('Other', '', status(403))), 'denied');
    assert.equal(classifyError(err('ResourceNotFoundException')), 'notFound');
    for (const name of ['InvalidParameterException', 'InvalidOperationException', 'ValidationException'])
      assert.equal(classifyError(err(name)), 'invalid', name);
    assert.equal(classifyError(err('Other', '', status(400))), 'invalid');
    // An emulator's HTML page instead of an AWS answer.
    assert.equal(classifyError(err('SyntaxError', 'Unexpected token <')), 'invalid');
  });

  test('network trouble and server errors are connection problems', () => {
    for (const code of [
      'ECONNREFUSED',
      'ECONNRESET',
      'ENOTFOUND',
      'EAI_AGAIN',
      'ETIMEDOUT',
      'EPIPE',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'ECONNABORTED',
    ])
      assert.equal(classifyError(err('Error', 'x', { code })), 'connection', code);
    assert.equal(classifyError(err('TimeoutError')), 'connection');
    assert.equal(classifyError(err('RequestTimeout')), 'connection');
    for (const message of ['socket hang up', 'fetch failed', 'Network is down'])
      assert.equal(classifyError(err('Error', message)), 'connection', message);
    assert.equal(classifyError(err('Other', '', status(500))), 'connection');
    assert.equal(classifyError(err('Other', '', status(503))), 'connection');
    assert.equal(classifyError(err('Other', '', status(499))), 'unknown');
    assert.equal(classifyError(err('Error', 'x', { code: 'EACCES' })), 'unknown');
  });

  test('anything else is unknown, including nothing at all', () => {
    assert.equal(classifyError(err('Boom', 'boom')), 'unknown');
    assert.equal(classifyError(undefined), 'unknown');
    assert.equal(classifyError(null), 'unknown');
    assert.equal(classifyError({}), 'unknown');
  });
});

describe('isAbort', () => {
  test('only our own abort is silent', () => {
    assert.equal(isAbort(err('AbortError')), true);
    assert.equal(isAbort(err('RequestAbortedError')), true);
    assert.equal(isAbort(err('TimeoutError')), false);
    assert.equal(isAbort(undefined), false);
  });
});

describe('describeError', () => {
  test('each kind has its sentence, naming the action and the log group', () => {
    const group = '/aws/lambda/fn';
    const action = 'logs:FilterLogEvents';
    assert.equal(
      describeError(err('ThrottlingException', 'Rate exceeded'), action, group),
      'AWS is throttling logs:FilterLogEvents on /aws/lambda/fn; slowing down.',
    );
    assert.equal(
      describeError(err('ThrottlingException'), action),
      'AWS is throttling logs:FilterLogEvents; slowing down.',
    );
    assert.equal(
      describeError(
        err('ExpiredTokenException', 'The security token included in the request is expired\nsecond line'),
        action,
      ),
      'AWS credentials are missing or expired (The security token included in the request is expired). Sign in again, e.g. "aws sso login", or pick another profile with "API Gateway: Select AWS Profile…".',
    );
    assert.equal(
      describeError(err('AccessDeniedException', '  User is not authorized  '), action, group),
      'Permission logs:FilterLogEvents is missing on /aws/lambda/fn (User is not authorized).',
    );
    assert.equal(
      describeError(err('ResourceNotFoundException', 'x'), action, group),
      'Log group /aws/lambda/fn does not exist (yet). API Gateway creates execution log groups after the first logged request.',
    );
    assert.equal(
      describeError(err('ResourceNotFoundException', 'x'), action),
      'The log group does not exist (yet). API Gateway creates execution log groups after the first logged request.',
    );
    assert.equal(
      describeError(err('InvalidParameterException', 'Invalid filter pattern'), action, group),
      'logs:FilterLogEvents was rejected on /aws/lambda/fn: Invalid filter pattern',
    );
    assert.equal(
      describeError(err('Error', 'connect', { code: 'ECONNREFUSED' }), action),
      'Cannot reach CloudWatch Logs (ECONNREFUSED).',
    );
    assert.equal(
      describeError(err('TimeoutError', 'took too long'), action),
      'Cannot reach CloudWatch Logs (took too long).',
    );
    assert.equal(
      describeError(err('Boom', 'boom'), action, group),
      'logs:FilterLogEvents failed on /aws/lambda/fn: boom',
    );
  });

  test('the detail is the first line, trimmed, at most 300 characters; else the name; else the value', () => {
    assert.equal(describeError(err('Boom', `${'x'.repeat(400)}\nmore`), 'a'), `a failed: ${'x'.repeat(300)}`);
    assert.equal(describeError(err('Boom', ''), 'a'), 'a failed: Boom');
    assert.equal(describeError('plain text', 'a'), 'a failed: plain text');
  });
});
