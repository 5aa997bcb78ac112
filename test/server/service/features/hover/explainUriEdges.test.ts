// explainUri at the edges of its patterns: a URI that goes on past a line break is no known kind, a placeholder is
// the ARN of a resource only when it is exactly `${Id.Arn}`, and spaces around the URI are not part of it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { explainUri } from '../../../../../server/src/service/features/hover/integrationUri';

const lambdaPath = (fn: string) =>
  `arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/${fn}/invocations`;

describe('explainUri edges', () => {
  test('a URI followed by another line is not explained', () => {
    for (const uri of [
      'arn:aws:lambda:us-east-1:123456789012:function:fn:live\nnext',
      'arn:aws:apigateway:us-east-1:s3:path/bucket/key\nnext',
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/x\nnext',
    ])
      assert.equal(explainUri(uri, false), undefined, uri);
  });

  test('only `${Id.Arn}` is the ARN of a resource', () => {
    assert.match(
      explainUri(lambdaPath('${Fn.Arn}'), true)!,
      /Function: the ARN of `Fn` \(a resource of this template\)/,
    );
    assert.match(explainUri(lambdaPath('${Fn.Arnold}'), true)!, /Function: `Fn\.Arnold`\./);
    assert.match(explainUri(lambdaPath('${My-Fn.Arn}'), true)!, /Function: `My-Fn\.Arn`\./);
  });

  test('spaces around the URI are left out', () => {
    assert.equal(
      explainUri('  arn:aws:apigateway:us-east-1:s3:path/b  ', false),
      '**AWS service integration**\n\n- Service `s3` in Region `us-east-1`.\n- Path `b` (REST-style API of the service).',
    );
  });
});
