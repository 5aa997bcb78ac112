import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { complete } from '../../../../server/src/service/features/completion';
import { applyEdits, atCursor, expandSnippet } from './helpers';

function completions(
  text: string,
  languageId = 'yaml',
  marker = '|',
): { items: CompletionItem[]; labels: string[]; apply(item: CompletionItem): string } {
  const at = atCursor(text, languageId, marker);
  const items = complete(at.doc, at.position).items;
  return {
    items,
    labels: items.map((i) => i.label),
    apply(item) {
      const edit = item.textEdit as TextEdit;
      return applyEdits(at.doc.text.getText(), [
        { range: edit.range, newText: item.insertTextFormat === 2 ? expandSnippet(edit.newText) : edit.newText },
      ]);
    },
  };
}

const restOperation = (body: string) => `openapi: 3.0.1
info: { title: t, version: '1' }
paths:
  /pets/{id}:
    get:
      parameters:
        - name: id
          in: path
          required: true
        - name: limit
          in: query
${body}`;

describe('completion: extension keys by place and API type', () => {
  const cases: { name: string; text: string; languageId?: string; has: string[]; hasNot: string[] }[] = [
    {
      name: 'operation of a REST API, key without a colon yet (broken YAML)',
      text: restOperation('      x-amazon-apigateway-|\n      responses: {}\n'),
      has: ['x-amazon-apigateway-integration', 'x-amazon-apigateway-request-validator', 'x-amazon-apigateway-auth'],
      hasNot: ['x-amazon-apigateway-cors', 'x-amazon-apigateway-request-validators', 'x-amazon-apigateway-authorizer'],
    },
    {
      name: 'root of a REST API',
      text: 'openapi: 3.0.1\nx-amazon-apigateway-request-validators: {}\n|\npaths: {}\n',
      has: [
        'x-amazon-apigateway-gateway-responses',
        'x-amazon-apigateway-binary-media-types',
        'x-amazon-apigateway-request-validator',
      ],
      hasNot: ['x-amazon-apigateway-integration', 'x-amazon-apigateway-cors', 'x-amazon-apigateway-request-validators'],
    },
    {
      name: 'root of an HTTP API',
      text: 'openapi: 3.0.1\nx-amazon-apigateway-importexport-version: "1.0"\nx-amazon|\n',
      has: ['x-amazon-apigateway-cors'],
      hasNot: ['x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-importexport-version'],
    },
    {
      name: 'security scheme',
      text: 'openapi: 3.0.1\ncomponents:\n  securitySchemes:\n    auth:\n      type: apiKey\n      |\npaths: {}\n',
      has: ['x-amazon-apigateway-authorizer', 'x-amazon-apigateway-authtype'],
      hasNot: ['x-amazon-apigateway-integration'],
    },
    {
      name: 'server entry (OpenAPI 3)',
      text: 'openapi: 3.0.1\nservers:\n  - url: https://x\n    |\npaths: {}\n',
      has: ['x-amazon-apigateway-endpoint-configuration'],
      hasNot: ['x-amazon-apigateway-integration'],
    },
    {
      name: 'path item',
      text: 'openapi: 3.0.1\npaths:\n  /a:\n    |\n',
      has: ['x-amazon-apigateway-any-method'],
      hasNot: ['x-amazon-apigateway-integration'],
    },
    {
      name: 'JSON operation, inside an empty key string',
      text: '{\n  "openapi": "3.0.1",\n  "paths": {"/a": {"get": {"|"}}}\n}',
      languageId: 'json',
      has: ['x-amazon-apigateway-integration'],
      hasNot: ['x-amazon-apigateway-cors'],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { labels } = completions(c.text, c.languageId);
      for (const l of c.has) assert.ok(labels.includes(l), `expected ${l} in ${labels.join(', ')}`);
      for (const l of c.hasNot) assert.ok(!labels.includes(l), `did not expect ${l}`);
    });
  }
});

describe('completion: snippets', () => {
  test('MOCK integration with a response template, indented under the operation', () => {
    const c = completions(restOperation('      x-amazon-apigateway-i|\n'));
    const mock = c.items.find((i) => i.labelDetails?.description === 'MOCK')!;
    assert.ok(mock);
    const text = c.apply(mock);
    assert.match(
      text,
      /\n {6}x-amazon-apigateway-integration:\n {8}type: mock\n {8}requestTemplates:\n {10}application\/json: '\{"statusCode": 200\}'\n/,
    );
    assert.match(text, /responseTemplates:\n {14}application\/json: '\{"message": "ok"\}'/);
  });

  test("Lambda proxy in a SAM template uses !Sub with the template's functions, escaping $ for the snippet", () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  PetsFunction:
    Type: AWS::Serverless::Function
  Api:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /pets:
            get:
              x-amazon|
`;
    const c = completions(text);
    const lambda = c.items.find((i) => i.labelDetails?.description === 'Lambda proxy')!;
    const snippet = (lambda.textEdit as TextEdit).newText;
    assert.ok(
      snippet.includes(
        'uri: !Sub arn:aws:apigateway:\\${AWS::Region\\}:lambda:path/2015-03-31/functions/\\${${1:PetsFunction}.Arn\\}/invocations',
      ),
      snippet,
    );
    assert.match(
      c.apply(lambda),
      /\n {16}uri: !Sub arn:aws:apigateway:\$\{AWS::Region\}:lambda:path\/2015-03-31\/functions\/\$\{PetsFunction\.Arn\}\/invocations\n/,
    );
  });

  test('HTTP API Lambda proxy sets payload format 2.0; JWT authorizer identity source keeps its $', () => {
    const http =
      'openapi: 3.0.1\nx-amazon-apigateway-cors: {}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: aws_proxy, payloadFormatVersion: "2.0"}\n  /b:\n    get:\n      |\n';
    const c = completions(http);
    const lambda = c.items.find((i) => i.labelDetails?.description === 'Lambda proxy')!;
    assert.match(c.apply(lambda), /payloadFormatVersion: '2\.0'/);
    const scheme = completions(
      'openapi: 3.0.1\nx-amazon-apigateway-cors: {}\ncomponents:\n  securitySchemes:\n    jwt:\n      type: oauth2\n      |\npaths: {}\n',
    );
    const jwt = scheme.items.find((i) => i.labelDetails?.description === 'JWT authorizer')!;
    assert.match(scheme.apply(jwt), /identitySource: \$request\.header\.Authorization/);
    assert.ok(
      !scheme.items.some((i) => i.labelDetails?.description === 'Lambda token authorizer'),
      'token authorizers are REST only',
    );
  });

  test('JSON snippet: quoted keys, nested objects, comma before a following property', () => {
    const c = completions(
      '{\n  "openapi": "3.0.1",\n  "paths": {"/a": {"get": {\n    |\n    "responses": {}\n  }}}\n}',
      'json',
    );
    const mock = c.items.find((i) => i.labelDetails?.description === 'MOCK')!;
    const text = c.apply(mock);
    assert.doesNotThrow(() => JSON.parse(text), text);
    assert.equal(JSON.parse(text).paths['/a'].get['x-amazon-apigateway-integration'].type, 'mock');
  });
});

describe('completion: fields and values', () => {
  test('integration fields for a REST API, not the ones already written, not HTTP-only ones', () => {
    const { labels } = completions(
      restOperation('      x-amazon-apigateway-integration:\n        type: aws\n        |\n'),
    );
    assert.ok(labels.includes('passthroughBehavior') && labels.includes('requestTemplates') && labels.includes('uri'));
    assert.ok(!labels.includes('type'), 'type is already there');
    assert.ok(!labels.includes('payloadFormatVersion'), 'HTTP only');
  });

  test('the editor fixture: an indented empty last line inside the integration', () => {
    const text =
      'openapi: 3.0.1\npaths:\n  /orders:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        uri: https://example.com/orders\n        |';
    assert.ok(completions(text).labels.includes('passthroughBehavior'));
  });

  test('enum values of the integration type, with the typed prefix replaced', () => {
    const c = completions(restOperation('      x-amazon-apigateway-integration:\n        type: aws_|\n'));
    assert.deepEqual(c.labels, ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock']);
    assert.match(c.apply(c.items[1]), /type: aws_proxy\n/);
  });

  test('enum values in JSON replace the whole string', () => {
    const c = completions(
      '{\n  "openapi": "3.0.1",\n  "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"passthroughBehavior": "wh|"}}}}\n}',
      'json',
    );
    const item = c.items.find((i) => i.label === 'when_no_match')!;
    assert.equal(
      JSON.parse(c.apply(item)).paths['/a'].get['x-amazon-apigateway-integration'].passthroughBehavior,
      'when_no_match',
    );
  });

  test('gateway response types as keys', () => {
    const { labels } = completions(
      'openapi: 3.0.1\nx-amazon-apigateway-gateway-responses:\n  DEFAULT_4XX: {}\n  |\npaths: {}\n',
    );
    assert.ok(labels.includes('DEFAULT_5XX') && labels.includes('UNAUTHORIZED'));
    assert.ok(!labels.includes('DEFAULT_4XX'));
  });

  test('request validator names', () => {
    const text =
      'openapi: 3.0.1\nx-amazon-apigateway-request-validators:\n  all: {validateRequestBody: true, validateRequestParameters: true}\n  params: {validateRequestParameters: true}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-request-validator: |\n';
    assert.deepEqual(completions(text).labels, ['all', 'params']);
  });

  test('security scheme names in a security requirement', () => {
    const text =
      'openapi: 3.0.1\ncomponents:\n  securitySchemes:\n    apiKey: {type: apiKey, name: x-api-key, in: header}\n    lambda: {type: apiKey, name: Authorization, in: header}\npaths:\n  /a:\n    get:\n      security:\n        - lam|\n';
    const c = completions(text);
    assert.ok(c.labels.includes('lambda') && c.labels.includes('apiKey'));
    assert.match(c.apply(c.items.find((i) => i.label === 'lambda')!), /- lambda: \[\]\n/);
  });

  test('method.request sources built from the declared parameters', () => {
    const text = restOperation(
      '      x-amazon-apigateway-integration:\n        type: http\n        requestParameters:\n          integration.request.path.id: |\n',
    );
    const { labels } = completions(text);
    assert.ok(labels.includes('method.request.path.id') && labels.includes('method.request.querystring.limit'));
    assert.ok(!labels.some((l) => l.includes('header')), 'no header is declared');
  });

  test('integration.request targets as keys', () => {
    const text = restOperation(
      '      x-amazon-apigateway-integration:\n        type: http\n        requestParameters:\n          |\n',
    );
    const c = completions(text);
    const item = c.items.find((i) => i.label === 'integration.request.path.id')!;
    assert.match(c.apply(item), /integration\.request\.path\.id: method\.request\.path\.id\n/);
  });

  test('$context variables inside a mapping template block', () => {
    const text = restOperation(
      '      x-amazon-apigateway-integration:\n        type: aws\n        requestTemplates:\n          application/json: |\n            {"id": "$context.req§"}\n',
    );
    const c = completions(text, 'yaml', '§');
    assert.ok(c.labels.includes('$context.requestId') && c.labels.includes('$input.body'));
    assert.ok(!c.labels.includes('$context.responseLatency'), 'access-log only');
    assert.match(c.apply(c.items.find((i) => i.label === '$context.requestId')!), /\{"id": "\$context\.requestId"\}/);
  });

  test('$context variables in an HTTP API access log format (template)', () => {
    const text =
      'Resources:\n  Stage:\n    Type: AWS::ApiGatewayV2::Stage\n    Properties:\n      AccessLogSettings:\n        Format: \'{"id":"$context.rou|"}\'\n';
    const { labels } = completions(text);
    assert.ok(labels.includes('$context.routeKey'));
  });

  test('$ref targets: local components', () => {
    const text =
      'openapi: 3.0.1\ncomponents:\n  schemas:\n    Pet: {type: object}\n  parameters:\n    Id: {name: id, in: path}\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          content:\n            application/json:\n              schema:\n                $ref: |\n';
    const c = completions(text);
    assert.ok(c.labels.includes('#/components/schemas/Pet') && c.labels.includes('#/components/parameters/Id'));
    assert.match(
      c.apply(c.items.find((i) => i.label === '#/components/schemas/Pet')!),
      /\$ref: '#\/components\/schemas\/Pet'\n/,
    );
  });
});

describe('completion: templates', () => {
  const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  AuthFunction:
    Type: AWS::Serverless::Function
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers:
          TokenAuth:
            FunctionArn: !GetAtt AuthFunction.Arn
        DefaultAuthorizer: |
`;
  test('DefaultAuthorizer offers the declared authorizers and the built-in ones', () => {
    assert.deepEqual(completions(sam).labels, ['TokenAuth', 'AWS_IAM', 'NONE']);
  });

  test('MethodSettings fields in a new list item, and LoggingLevel values', () => {
    const base =
      'Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      MethodSettings:\n        - ResourcePath: "/*"\n          |\n';
    const { labels } = completions(base);
    assert.ok(
      labels.includes('ThrottlingBurstLimit') && labels.includes('CacheTtlInSeconds') && labels.includes('HttpMethod'),
    );
    assert.ok(!labels.includes('ResourcePath'));
    const level = completions(
      'Resources:\n  Api:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n        - LoggingLevel: |\n',
    );
    assert.deepEqual(level.labels, ['OFF', 'ERROR', 'INFO']);
  });

  test("FunctionArn offers the template's functions; after a typed !GetAtt only the argument", () => {
    const text = sam
      .replace('            FunctionArn: !GetAtt AuthFunction.Arn\n', '            FunctionArn: !GetAtt |\n')
      .replace('        DefaultAuthorizer: |\n', '');
    const c = completions(text);
    assert.deepEqual(c.labels, ['!GetAtt AuthFunction.Arn']);
    assert.match(c.apply(c.items[0]), /FunctionArn: !GetAtt AuthFunction\.Arn\n/);
  });

  test('usage plan quota period values', () => {
    const { labels } = completions(
      'Resources:\n  Plan:\n    Type: AWS::ApiGateway::UsagePlan\n    Properties:\n      Quota:\n        Period: |\n',
    );
    assert.deepEqual(labels, ['DAY', 'WEEK', 'MONTH']);
  });

  test('nothing from other documents', () => {
    assert.deepEqual(completions('name: x\nother: |\n').labels, []);
  });
});
