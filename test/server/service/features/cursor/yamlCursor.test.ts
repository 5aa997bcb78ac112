// Where the cursor is in YAML, read from the text by indentation (documents are broken while typing): what
// completion offers shows which keys and items the cursor was placed under.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from '../completion/helpers';

const stage = (settings: string) =>
  `Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n${settings}`;
const has = (text: string, ...labels: string[]) => {
  const got = completions(text).labels;
  for (const l of labels) assert.ok(got.includes(l), `${l} not in ${got.join(', ')}`);
  return got;
};

describe('YAML cursor: the keys above', () => {
  test('quoted keys: double quotes with escapes, single quotes with doubled quotes', () => {
    has(
      `openapi: 3.0.1\npaths:\n  "/a":\n    "get":\n      "x-amazon-apigateway-integration":\n        type: aws\n        |\n`,
      'passthroughBehavior',
    );
    has(
      `openapi: 3.0.1\npaths:\n  '/a':\n    'get':\n      'x-amazon-apigateway-integration':\n        |\n`,
      'passthroughBehavior',
    );
    has(
      `openapi: 3.0.1\npaths:\n  "/\\u0061":\n    get:\n      x-amazon-apigateway-integration:\n        |\n`,
      'passthroughBehavior',
    );
    // A key written `'it''s'` is the key `it's`: the escapes are read, not kept.
    const escaped = `openapi: 3.0.1\nx-amazon-apigateway-gateway-responses:\n  'DEFAULT_4XX':\n    statusCode: '400'\n  |\npaths: {}\n`;
    assert.ok(!completions(escaped).labels.includes('DEFAULT_4XX'));
  });

  test('comments after keys and on lines of their own, blank lines, CRLF line ends', () => {
    has(
      'openapi: 3.0.1\npaths:  # the paths\n  /a:\n\n    # the operation\n    get: # here\n      x-amazon-apigateway-integration:   # it\n        |\n',
      'passthroughBehavior',
    );
    has(
      'openapi: 3.0.1\r\npaths:\r\n  /a:\r\n    get:\r\n      x-amazon-apigateway-integration:\r\n        type: aws\r\n        \r\n        |\r\n',
      'passthroughBehavior',
    );
  });

  test('keys that start with a dash or hold spaces', () => {
    has('openapi: 3.0.1\npaths:\n  /a b:\n    get:\n      x-amazon-apigateway-integration:\n        |\n', 'uri');
    has('openapi: 3.0.1\n-x: 1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        |\n', 'uri');
  });

  test('list items: the index of the item the cursor is in (its written keys are not offered again)', () => {
    const labels = has(
      stage('        - ResourcePath: /a\n          HttpMethod: GET\n        - ResourcePath: /b\n          |\n'),
      'HttpMethod',
    );
    assert.ok(!labels.includes('ResourcePath'));
    const third = has(
      stage(
        '        - ResourcePath: /a\n        - HttpMethod: GET\n          # note\n        - CachingEnabled: true\n          |\n',
      ),
      'HttpMethod',
      'ResourcePath',
    );
    assert.ok(!third.includes('CachingEnabled'));
    // A new item on the cursor's own line: `- ` typed first.
    const fresh = has(
      stage('        - ResourcePath: /a\n          HttpMethod: GET\n        - |\n'),
      'HttpMethod',
      'ResourcePath',
    );
    assert.ok(fresh.includes('CachingEnabled'));
  });

  test('list items written at the column of the key that holds them', () => {
    const labels = has(
      'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n      - ResourcePath: /a\n        HttpMethod: GET\n      - ResourcePath: /b\n        |\n',
      'HttpMethod',
    );
    assert.ok(!labels.includes('ResourcePath'));
  });

  test('an item that starts with a key, and the key of a list inside an item', () => {
    const text = `openapi: 3.0.1
paths:
  /a:
    get:
      x-amazon-apigateway-integration:
        type: aws
        responses:
          default:
            statusCode: '200'
      security:
        - key: []
        - |
components:
  securitySchemes:
    key: {type: apiKey, name: x-api-key, in: header}
`;
    assert.deepEqual(completions(text).labels, ['key']);
    const nested = stage('        - ResourcePath: /a\n          Other:\n            - x\n          |\n');
    assert.ok(completions(nested).labels.includes('HttpMethod'));
  });
});

describe('YAML cursor: the value being written', () => {
  const integration = (line: string) =>
    `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        ${line}\n`;

  test('after `key:`: the typed text, a tag before it, a quote', () => {
    const c = completions(integration('type: htt|'));
    assert.deepEqual(c.labels, ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock']);
    assert.equal(c.replaced('http'), 'htt');
    const tagged = completions(integration('type: !Ref  ht|'));
    assert.equal(tagged.replaced('http'), 'ht');
    assert.equal(completions(integration("type: 'ht|")).replaced('http'), "'ht");
  });

  test('a key on a list item line', () => {
    const c = completions(stage('        - LoggingLevel: E|\n'));
    assert.deepEqual(c.labels, ['OFF', 'ERROR', 'INFO']);
    assert.equal(c.replaced('ERROR'), 'E');
  });

  test('inside a block scalar: the value of the key above, in its block', () => {
    const template = (indicator: string) =>
      `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws\n        requestTemplates:\n          application/json: ${indicator}\n            {\n            "a": $context.requ|\n`;
    for (const indicator of ['|', '>-', '|+2']) {
      const c = completions(template(indicator).replace('requ|', 'requ§'), 'yaml', '§');
      assert.ok(c.labels.includes('$context.requestId'), `${indicator}: ${c.labels.slice(0, 5).join(', ')}`);
      assert.equal(c.replaced('$context.requestId'), '$context.requ');
    }
  });

  test('a continued plain scalar is a value; a flow collection or an anchor after the key is not', () => {
    const held = (rest: string) =>
      `Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      AccessLogSetting:\n        Format: ${rest}\n          $context.requ§\n`;
    assert.ok(completions(held('first words'), 'yaml', '§').labels.includes('$context.requestId'));
    assert.ok(!completions(held('{'), 'yaml', '§').labels.includes('$context.requestId'));
    assert.ok(!completions(held('&anchor'), 'yaml', '§').labels.includes('$context.requestId'));
  });

  test('a sibling key inside a list item is a key, not the continuation of the item', () => {
    const c = completions(stage('        - ResourcePath: /a\n          Http|\n'));
    assert.ok(c.labels.includes('HttpMethod'));
  });
});
