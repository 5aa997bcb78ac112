// URIs that only look like one of the known kinds are not explained as that kind: each pattern is anchored,
// and each part it reads must be there.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';
import { atCursor } from '../helpers';

const service = getLanguageService({ host: {} });

/** The first line of the hover on an integration `uri` value (its title, or the field's name). */
function title(value: string): string {
  const middle = Math.floor(value.length / 2);
  const at = atCursor(
    `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        uri: '${value.slice(0, middle)}|${value.slice(middle)}'\n`,
  );
  const h = service.hover(at.doc, at.position);
  assert.ok(h, value);
  return (h.contents as { value: string }).value.split('\n')[0];
}

const lambda =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations';
const fn = 'arn:aws:lambda:us-east-1:123456789012:function:f';

describe('integration URI shapes', () => {
  test('each kind as written', () => {
    assert.equal(title(lambda), '**Lambda invocation URI**');
    assert.equal(title(fn), '**Lambda function ARN** (HTTP APIs take it as it is)');
    assert.equal(title('arn:aws:apigateway:us-east-1:sqs:path/1/q'), '**AWS service integration**');
    assert.equal(title('https://example.com'), '**HTTP endpoint**');
    assert.equal(title('arn:aws:servicediscovery:us-east-1:1:service/s'), '**Private integration target**');
  });

  test('text before or after a pattern: not that kind', () => {
    assert.equal(title(`x${lambda}`), '**uri**');
    // After `invocations` the Lambda pattern fails; what is left reads as a service path.
    assert.equal(title(`${lambda}x`), '**AWS service integration**');
    assert.equal(title(`x${fn}`), '**uri**');
    assert.equal(title('xarn:aws:apigateway:us-east-1:sqs:path/1/q'), '**uri**');
    assert.equal(title('xhttps://example.com'), '**uri**');
    assert.equal(title('xarn:aws:servicediscovery:us-east-1:1:service/s'), '**uri**');
  });

  test('a part left empty: not that kind', () => {
    assert.equal(title('arn::lambda:us-east-1:1:function:f'), '**uri**');
    assert.equal(title('arn:aws:lambda::1:function:f'), '**uri**');
    assert.equal(title('arn:aws:lambda:us-east-1:1:function:'), '**uri**');
    assert.equal(title('arn:aws:apigateway::sqs:path/1/q'), '**uri**');
    assert.equal(title('arn:aws:apigateway:us-east-1::path/1/q'), '**uri**');
    assert.equal(title('arn:aws:apigateway:us-east-1:sqs:path/'), '**uri**');
    assert.equal(title('arn:aws:apigateway:us-east-1:sqs:other/x'), '**uri**');
    assert.equal(title('arn:aws:servicediscovery::1:service/s'), '**uri**');
    assert.equal(title('arn:aws:servicediscovery:us-east-1:1:'), '**uri**');
    assert.equal(title('arn:aws:sns:us-east-1:1:t'), '**uri**');
  });

  test('a Lambda URI with parts left empty: its function shown as written', () => {
    const h = (value: string) => {
      const at = atCursor(
        `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        uri: '${value.slice(0, 30)}|${value.slice(30)}'\n`,
      );
      return (service.hover(at.doc, at.position)!.contents as { value: string }).value;
    };
    assert.equal(
      h('arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/my:fn/invocations'),
      '**Lambda invocation URI**\n\n- API Gateway calls Lambda in Region `eu-west-1` (API version 2015-03-31).\n- Function: `my:fn`.',
    );
    assert.equal(title('arn:aws:apigateway::lambda:path/2015-03-31/functions/f/invocations'), '**uri**');
    assert.equal(
      title('arn:aws:apigateway:eu-west-1:lambda:path//functions/f/invocations'),
      '**AWS service integration**',
    );
    assert.equal(
      title('arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions//invocations'),
      '**AWS service integration**',
    );
    // A function ARN with a version, and one with an alias holding a colon.
    assert.match(
      h(
        'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:1:function:f:a:b/invocations',
      ),
      /- Function `f` in account `1`, Region `eu-west-1`, alias or version `a:b`\.$/,
    );
  });
});
