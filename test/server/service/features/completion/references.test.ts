// Names a value may refer to: request validators, local $ref targets, SAM authorizers, and the template's own
// resources as intrinsics.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { TextEdit } from 'vscode-languageserver-types';
import { completions } from './helpers';

const newText = (c: ReturnType<typeof completions>, label: string) => (c.item(label).textEdit as TextEdit).newText;
const docOf = (c: ReturnType<typeof completions>, label: string) =>
  (c.item(label).documentation as { value: string }).value;

describe('completion: request validator names', () => {
  test('each validator with what it checks', () => {
    const c = completions(`openapi: 3.0.1
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
  body: {validateRequestBody: true, validateRequestParameters: false}
  params: {validateRequestParameters: true}
  none: {validateRequestBody: 'true'}
paths:
  /a:
    get:
      x-amazon-apigateway-request-validator: |
`);
    assert.deepEqual(c.labels, ['all', 'body', 'params', 'none']);
    assert.equal(docOf(c, 'all'), 'Request validator `all`: checks body and parameters.');
    assert.equal(docOf(c, 'body'), 'Request validator `body`: checks body.');
    assert.equal(docOf(c, 'params'), 'Request validator `params`: checks parameters.');
    assert.equal(docOf(c, 'none'), 'Request validator `none`: checks nothing.');
    assert.equal(c.item('all').kind, CompletionItemKind.Reference);
  });
});

describe('completion: $ref targets', () => {
  test('OpenAPI 3: every component kind, escaped pointers, the holder named by the parent key first', () => {
    const c = completions(`openapi: 3.0.1
components:
  schemas:
    Pet: {type: object}
    a/b~c: {type: string}
  parameters:
    Id: {name: id, in: path}
  responses:
    NotFound: {description: x}
  requestBodies:
    PetBody: {content: {}}
  headers:
    Trace: {schema: {type: string}}
  examples:
    One: {value: 1}
  securitySchemes:
    key: {type: apiKey, name: k, in: header}
  links:
    L: {}
  callbacks:
    C: {}
  x-amazon-apigateway-integrations:
    shared: {type: mock}
paths:
  /a:
    get:
      parameters:
        - $ref: |
`);
    assert.deepEqual(c.labels, [
      '#/components/schemas/Pet',
      '#/components/schemas/a~1b~0c',
      '#/components/parameters/Id',
      '#/components/responses/NotFound',
      '#/components/requestBodies/PetBody',
      '#/components/headers/Trace',
      '#/components/examples/One',
      '#/components/securitySchemes/key',
      '#/components/links/L',
      '#/components/callbacks/C',
      '#/components/x-amazon-apigateway-integrations/shared',
    ]);
    // The parent of `$ref` is a list item here: nothing is preferred.
    assert.equal(c.item('#/components/parameters/Id').sortText, '1#/components/parameters/Id');
    assert.equal(c.item('#/components/schemas/Pet').kind, CompletionItemKind.Reference);
    assert.equal(newText(c, '#/components/schemas/Pet'), "'#/components/schemas/Pet'");
  });

  test('preferred: the holder named like the parent key, schemas under schema, integrations under an integration', () => {
    const base = `openapi: 3.0.1
components:
  schemas:
    Pet: {type: object}
  responses:
    NotFound: {description: x}
  x-amazon-apigateway-integrations:
    shared: {type: mock}
paths:
  /a:
    get:
`;
    const sorted = (body: string) =>
      Object.fromEntries(completions(base + body).items.map((i) => [i.label, i.sortText?.[0]]));
    assert.deepEqual(sorted('      responses:\n        "404":\n          $ref: |\n'), {
      '#/components/schemas/Pet': '1',
      '#/components/responses/NotFound': '1',
      '#/components/x-amazon-apigateway-integrations/shared': '1',
    });
    assert.deepEqual(sorted('      x-amazon-apigateway-integration:\n        $ref: |\n'), {
      '#/components/schemas/Pet': '1',
      '#/components/responses/NotFound': '1',
      '#/components/x-amazon-apigateway-integrations/shared': '0',
    });
    assert.deepEqual(
      sorted(
        '      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: |\n',
      ),
      {
        '#/components/schemas/Pet': '0',
        '#/components/responses/NotFound': '1',
        '#/components/x-amazon-apigateway-integrations/shared': '1',
      },
    );
    const responses = completions(`${base.replace('paths:', 'x-responses:\n  responses:\n    $ref: |\npaths:')}`);
    assert.equal(responses.item('#/components/responses/NotFound').sortText, '0#/components/responses/NotFound');
  });

  test('Swagger 2: definitions, parameters and responses; definitions preferred under schema', () => {
    const c = completions(`swagger: '2.0'
definitions:
  Pet: {type: object}
parameters:
  Id: {name: id, in: path, type: string}
responses:
  NotFound: {description: x}
paths:
  /a:
    get:
      responses:
        "200":
          schema:
            $ref: |
`);
    assert.deepEqual(c.labels, ['#/definitions/Pet', '#/parameters/Id', '#/responses/NotFound']);
    assert.equal(c.item('#/definitions/Pet').sortText, '0#/definitions/Pet');
    assert.equal(c.item('#/parameters/Id').sortText, '1#/parameters/Id');
  });
});

const sam = (events: string, auth = '') => `Transform: AWS::Serverless-2016-10-31
Globals:
  Api:
    Auth:
      Authorizers:
        GlobalAuth: {FunctionArn: x}
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers:
          TokenAuth: {FunctionArn: x}
          PoolAuth: {UserPoolArn: y}
${auth}  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
${events}`;

describe('completion: SAM authorizer names', () => {
  test('DefaultAuthorizer: the API’s authorizers, then AWS_IAM and NONE, each described', () => {
    const c = completions(sam('', '        DefaultAuthorizer: |\n'));
    assert.deepEqual(c.labels, ['TokenAuth', 'PoolAuth', 'AWS_IAM', 'NONE']);
    assert.equal(docOf(c, 'TokenAuth'), 'Authorizer `TokenAuth` from `Auth.Authorizers`.');
    assert.equal(docOf(c, 'NONE'), 'No authorization for this route.');
    assert.equal(docOf(c, 'AWS_IAM'), 'IAM authorization: callers sign requests with SigV4.');
    assert.equal(c.item('NONE').kind, CompletionItemKind.Reference);
  });

  test("an event's Auth.Authorizer: the authorizers of the API it names", () => {
    const c = completions(
      sam(
        '        Get:\n          Type: Api\n          Properties:\n            RestApiId: !Ref Api\n            Path: /a\n            Method: get\n            Auth:\n              Authorizer: |\n',
      ),
    );
    assert.deepEqual(c.labels, ['TokenAuth', 'PoolAuth', 'AWS_IAM', 'NONE']);
  });

  test('an event of the implicit API: the global authorizers', () => {
    const c = completions(
      sam(
        '        Get:\n          Type: Api\n          Properties:\n            Path: /a\n            Method: get\n            Auth:\n              Authorizer: |\n',
      ),
    );
    assert.deepEqual(c.labels, ['GlobalAuth', 'AWS_IAM', 'NONE']);
  });

  test('an event naming an API the template does not declare: only the built-in ones', () => {
    const c = completions(
      sam(
        '        Get:\n          Type: Api\n          Properties:\n            RestApiId: !Ref Elsewhere\n            Path: /a\n            Method: get\n            Auth:\n              Authorizer: |\n',
      ),
    );
    assert.deepEqual(c.labels, ['AWS_IAM', 'NONE']);
  });

  test('nowhere else: another Auth key, another resource, a name not on the path', () => {
    assert.deepEqual(completions(sam('', '        InvokeRole: |\n')).labels, []);
    assert.deepEqual(
      completions(
        sam(
          '        Get:\n          Type: Api\n          Properties:\n            Path: /a\n            Method: get\n            Auth:\n              ResourcePolicy: |\n',
        ),
      ).labels,
      [],
    );
    assert.deepEqual(
      completions('Resources:\n  X:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefaultAuthorizer: |\n')
        .labels,
      [],
    );
  });
});

describe("completion: the template's own resources", () => {
  const template = (value: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Lambda::Function
  SamFn:
    Type: AWS::Serverless::Function
  Role:
    Type: AWS::IAM::Role
  Pool:
    Type: AWS::Cognito::UserPool
  Rest:
    Type: AWS::ApiGateway::RestApi
  Sam:
    Type: AWS::Serverless::Api
  Http:
    Type: AWS::Serverless::HttpApi
  V2:
    Type: AWS::ApiGatewayV2::Api
  Other:
    Type: AWS::SNS::Topic
${value}`;
  const integration = (line: string) =>
    template(
      `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody:\n        openapi: 3.0.1\n        paths:\n          /a:\n            get:\n              x-amazon-apigateway-integration:\n                ${line}\n`,
    );

  test('an integration uri: a !Sub Lambda invocation URI per function', () => {
    const c = completions(integration('uri: |'));
    assert.deepEqual(c.labels, ['Fn (Lambda invocation URI)', 'SamFn (Lambda invocation URI)']);
    const fn = c.item('Fn (Lambda invocation URI)');
    assert.equal(fn.kind, CompletionItemKind.Reference);
    assert.deepEqual(fn.documentation, { kind: 'markdown', value: 'Calls the function `Fn` of this template.' });
    assert.match(
      c.apply(fn),
      /uri: !Sub arn:aws:apigateway:\$\{AWS::Region\}:lambda:path\/2015-03-31\/functions\/\$\{Fn\.Arn\}\/invocations\n/,
    );
    assert.deepEqual(completions(integration('authorizerUri: |')).labels, c.labels);
  });

  test('roles, functions and user pools by field name, as !GetAtt X.Arn', () => {
    const roles = completions(integration('credentials: |'));
    assert.deepEqual(roles.labels, ['!GetAtt Role.Arn']);
    assert.deepEqual(roles.item('!GetAtt Role.Arn').documentation, {
      kind: 'markdown',
      value: 'The ARN of `Role`, a resource of this template.',
    });
    assert.match(roles.apply('!GetAtt Role.Arn'), /credentials: !GetAtt Role\.Arn\n/);
    const auth = (key: string) =>
      completions(
        template(
          `  A:\n    Type: AWS::Serverless::Api\n    Properties:\n      Auth:\n        Authorizers:\n          X:\n            ${key}: |\n`,
        ),
      ).labels;
    assert.deepEqual(auth('FunctionArn'), ['!GetAtt Fn.Arn', '!GetAtt SamFn.Arn']);
    assert.deepEqual(auth('UserPoolArn'), ['!GetAtt Pool.Arn']);
    assert.deepEqual(auth('FunctionInvokeRole'), ['!GetAtt Role.Arn']);
  });

  test('after a typed tag only the argument, filtered by it', () => {
    const c = completions(integration('credentials: !GetAtt Ro|'));
    assert.equal(newText(c, '!GetAtt Role.Arn'), 'Role.Arn');
    assert.equal(c.item('!GetAtt Role.Arn').filterText, 'Role.Arn');
    assert.equal(c.replaced('!GetAtt Role.Arn'), 'Ro');
    // Another tag typed: the whole intrinsic replaces it.
    const sub = completions(integration('credentials: !Sub Ro|'));
    assert.equal(newText(sub, '!GetAtt Role.Arn'), '!GetAtt Role.Arn');
  });

  test('RestApiId and ApiId: the REST or the HTTP APIs, as !Ref', () => {
    const event = (key: string) =>
      completions(
        template(
          `  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Events:\n        E:\n          Type: Api\n          Properties:\n            ${key}: |\n`,
        ),
      );
    const rest = event('RestApiId');
    assert.deepEqual(rest.labels, ['!Ref Rest', '!Ref Sam']);
    assert.deepEqual(rest.item('!Ref Sam').documentation, {
      kind: 'markdown',
      value: 'The API `Sam` of this template.',
    });
    assert.match(rest.apply('!Ref Sam'), /RestApiId: !Ref Sam\n/);
    assert.deepEqual(event('ApiId').labels, ['!Ref Http', '!Ref V2']);
  });

  test('JSON: the long form, the opening quote in the filter', () => {
    const c = completions(
      '{"Resources": {"R": {"Type": "AWS::IAM::Role"}, "Api": {"Type": "AWS::Serverless::Api", "Properties": {"DefinitionBody": {"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"credentials": "|"}}}}}}}}}',
      'json',
    );
    assert.equal(c.item('!GetAtt R.Arn').filterText, '"!GetAtt R.Arn');
    assert.equal(c.replaced('!GetAtt R.Arn'), '""');
    const applied = JSON.parse(c.apply('!GetAtt R.Arn'));
    assert.deepEqual(
      applied.Resources.Api.Properties.DefinitionBody.paths['/a'].get['x-amazon-apigateway-integration'],
      {
        credentials: { 'Fn::GetAtt': ['R', 'Arn'] },
      },
    );
  });

  test('not in a standalone definition', () => {
    assert.deepEqual(
      completions(
        'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        credentials: |\n',
      ).labels,
      [],
    );
  });
});
