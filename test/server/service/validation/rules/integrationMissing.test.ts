/**
 * integration-missing and integration-missing-all, as the user sees them: a REST operation without an integration
 * fails the deployment ("No integration defined for method", apigateway-facts.md §1.13), unless SAM adds one for a
 * function's Api event bound to this API: the SAM translator writes it into a DefinitionBody of the user's only with
 * `MergeDefinitions: true`, into the event's own method (an ANY event writes x-amazon-apigateway-any-method only);
 * a state machine's Api event only ever writes into a definition SAM generates. Checked by translating such templates
 * with samtranslator.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['integration-missing', 'integration-missing-all'];

const message = (method: string, path: string) =>
  `${method} ${path} has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).`;

/**
 * A SAM template: Api (MergeDefinitions as given) with GET/POST /pets (no integration) and GET /mock (a mock), then
 * the given resources.
 */
function sam(resources: string[], merge = 'MergeDefinitions: true'): string {
  return [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    '  Api:',
    '    Type: AWS::Serverless::Api',
    '    Properties:',
    '      StageName: dev',
    ...(merge ? [`      ${merge}`] : []),
    '      DefinitionBody:',
    '        openapi: 3.0.1',
    "        info: {title: t, version: '1'}",
    '        paths:',
    '          /pets:',
    '            get:',
    '              responses: {}',
    '            post:',
    '              responses: {}',
    '          /mock:',
    '            get:',
    '              responses: {}',
    '              x-amazon-apigateway-integration: {type: mock}',
    '  OtherApi:',
    '    Type: AWS::Serverless::Api',
    '    Properties: {StageName: dev}',
    ...resources,
    '',
  ].join('\n');
}

/** A resource of `type` with one event per [name, type, properties]. */
function withEvents(name: string, type: string, events: [string, string, string[]][]): string[] {
  return [
    `  ${name}:`,
    `    Type: ${type}`,
    '    Properties:',
    '      Events:',
    ...events.flatMap(([event, eventType, props]) => [
      `        ${event}:`,
      `          Type: ${eventType}`,
      ...(props.length ? ['          Properties:', ...props.map((p) => `            ${p}`)] : []),
    ]),
  ];
}

/** The operations of sam(...) reported missing, as "METHOD /path" at their keys. */
function missing(text: string): string[] {
  const seen = diagnoseCodes(text, codes);
  for (const d of seen) {
    const [method, path] = d.message.split(' ');
    assert.equal(d.code, 'integration-missing');
    assert.equal(d.severity, 'error');
    assert.equal(d.message, message(method, path));
    // The squiggle is on the method key under /pets.
    assert.equal(
      d.at,
      spanOf(text, `${method.toLowerCase()}:`, text.indexOf('/pets:')).replace(
        /-(\d+):(\d+)$/,
        (_, l, c) => `-${l}:${Number(c) - 1}`,
      ),
    );
  }
  return seen.map((d) => d.message.split(' ').slice(0, 2).join(' '));
}

describe('integration-missing in SAM templates', () => {
  test('without events bound to the API, both /pets operations are missing an integration', () => {
    assert.deepEqual(missing(sam([])), ['GET /pets', 'POST /pets']);
  });

  test("a function's Api event adds the integration of its method, written in any case", () => {
    const fn = withEvents('Fn', 'AWS::Serverless::Function', [
      ['List', 'Api', ['RestApiId: !Ref Api', 'Path: /pets', 'Method: Get']],
    ]);
    assert.deepEqual(missing(sam(fn)), ['POST /pets']);
  });

  test('a RestApiId written as the plain logical id binds the event as !Ref does (SAM follows both)', () => {
    for (const id of ['Api', '{Ref: Api}']) {
      const fn = withEvents('Fn', 'AWS::Serverless::Function', [
        ['List', 'Api', [`RestApiId: ${id}`, 'Path: /pets', 'Method: GET']],
      ]);
      assert.deepEqual(missing(sam(fn)), ['POST /pets'], id);
    }
  });

  test("an ANY event adds the any-method's integration only; the path's other methods still need theirs", () => {
    const fn = withEvents('Fn', 'AWS::Serverless::Function', [
      ['All', 'Api', ['RestApiId: !Ref Api', 'Path: /pets', 'Method: any']],
      ['Every', 'Api', ['RestApiId: !Ref Api', 'Path: /all', 'Method: ANY']],
    ]);
    const text = sam(fn).replace(
      '          /mock:',
      [
        '          /all:',
        '            x-amazon-apigateway-any-method:',
        '              responses: {}',
        '          /mock:',
      ].join('\n'),
    );
    assert.deepEqual(missing(text), ['GET /pets', 'POST /pets']);
  });

  test('an event whose path or method cannot be read may cover anything', () => {
    for (const props of [
      ['RestApiId: !Ref Api', 'Path: !Sub "/${Prefix}"', 'Method: get'],
      ['RestApiId: !Ref Api', 'Path: /pets', 'Method: !Ref Verb'],
    ]) {
      const fn = withEvents('Fn', 'AWS::Serverless::Function', [['Some', 'Api', props]]);
      assert.deepEqual(missing(sam(fn)), [], props.join(', '));
    }
  });

  test('SAM merges event integrations into a DefinitionBody only with MergeDefinitions (or a value it cannot read)', () => {
    const fn = withEvents('Fn', 'AWS::Serverless::Function', [
      ['List', 'Api', ['RestApiId: !Ref Api', 'Path: /pets', 'Method: get']],
    ]);
    assert.deepEqual(missing(sam(fn, '')), ['GET /pets', 'POST /pets']);
    assert.deepEqual(missing(sam(fn, 'MergeDefinitions: false')), ['GET /pets', 'POST /pets']);
    assert.deepEqual(missing(sam(fn, 'MergeDefinitions: !If [Merge, true, false]')), ['POST /pets']);
  });

  test("a state machine's Api event adds nothing to a DefinitionBody, merged or not", () => {
    const machine = withEvents('Flow', 'AWS::Serverless::StateMachine', [
      ['Start', 'Api', ['RestApiId: !Ref Api', 'Path: /pets', 'Method: post']],
    ]);
    assert.deepEqual(missing(sam(machine)), ['GET /pets', 'POST /pets']);
  });

  test('events of other APIs, of the implicit API, of another type or on other resources add nothing here', () => {
    const resources = [
      ...withEvents('Fn', 'AWS::Serverless::Function', [
        ['Other', 'Api', ['RestApiId: !Ref OtherApi', 'Path: /pets', 'Method: get']],
        ['Implicit', 'Api', ['Path: /pets', 'Method: get']],
        ['Attr', 'Api', ['RestApiId: !GetAtt [Api, RootResourceId]', 'Path: /pets', 'Method: get']],
        ['Sub', 'Api', ['RestApiId: !Sub Api', 'Path: /pets', 'Method: get']],
        ['Http', 'HttpApi', ['RestApiId: !Ref Api', 'Path: /pets', 'Method: get']],
        ['Bare', 'Schedule', []],
      ]),
      ...withEvents('Plain', 'AWS::Lambda::Function', [
        ['List', 'Api', ['RestApiId: !Ref Api', 'Path: /pets', 'Method: get']],
      ]),
    ];
    assert.deepEqual(missing(sam(resources)), ['GET /pets', 'POST /pets']);
  });
});

describe('integration-missing in OpenAPI files', () => {
  const api = (extra: string[]) =>
    [
      'openapi: 3.0.1',
      "info: {title: t, version: '1'}",
      'paths:',
      '  /pets:',
      '    get:',
      '      responses: {}',
      ...extra,
      '',
    ].join('\n');

  test('HTTP APIs need no integration on every route', () => {
    assert.deepEqual(diagnoseCodes(api([]), codes, { apiType: 'HTTP' }), []);
  });

  test('with no integration anywhere, the definition is taken as wired up elsewhere: a warning', () => {
    const text = api([]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
      {
        at: spanOf(text, 'get'),
        severity: 'warning',
        code: 'integration-missing-all',
        message: message('GET', '/pets'),
        data: { addMockIntegration: { operationOffset: text.indexOf('responses') } },
      },
    ]);
  });
});
