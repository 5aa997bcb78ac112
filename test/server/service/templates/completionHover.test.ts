/** Completion and hover inside mapping templates, in every string style, with edits escaped for the host string. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { applyEdits } from '../features/helpers';

const service = getLanguageService();

function at(textWithCursor: string, languageId = 'yaml', marker = '§') {
  const offset = textWithCursor.indexOf(marker);
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + marker.length);
  const uri =
    languageId === 'velocity' ? 'file:///t/m.vtl' : `file:///t/doc.${languageId === 'json' ? 'json' : 'yaml'}`;
  const doc = service.parseDocument(uri, languageId, 1, text);
  const position = doc.text.positionAt(offset);
  const list = service.complete(doc, position);
  return {
    text,
    doc,
    position,
    labels: list.items.map((i) => i.label),
    apply: (label: string) => {
      const item = list.items.find((i) => i.label === label);
      assert.ok(
        item,
        `${label} offered among ${list.items
          .map((i) => i.label)
          .slice(0, 30)
          .join(', ')}`,
      );
      return applyEdits(text, [item.textEdit as TextEdit]);
    },
    hover: () => service.hover(doc, position),
  };
}

const SPEC = `openapi: 3.0.1
info: {title: t, version: '1'}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string, description: The pet's name.}
        owner:
          type: object
          properties:
            email: {type: string}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        requestTemplates:
`;

describe('completion in templates', () => {
  test('$util members in a single-quoted YAML template', () => {
    const c = at(`${SPEC}          application/json: '{"n": "$util.§"}'\n`);
    assert.ok(c.labels.includes('$util.escapeJavaScript') && c.labels.includes('$util.base64Decode'));
    assert.ok(!c.labels.includes('$context.responseLatency'), 'access-log-only variables are not offered');
    // The inserted quotes are doubled, as single-quoted YAML needs.
    assert.match(c.apply('$input.json'), /'\{"n": "\$input\.json\(''\$''\)"\}'/);
  });

  test('$context members in a JSON string are escaped for JSON', () => {
    const json =
      '{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}, "x-amazon-apigateway-integration": {"type": "mock", "requestTemplates": {"application/json": "{\\"id\\": \\"$context.identity.so§\\"}"}}}}}}';
    const c = at(json, 'json');
    assert.ok(c.labels.includes('$context.identity.sourceIp'));
    assert.match(c.apply('$context.identity.sourceIp'), /\\"\$context\.identity\.sourceIp\\"/);
    assert.match(c.apply('$input.params'), /\$input\.params\(''\)/);
  });

  test('body fields from the request model inside $input.path', () => {
    const c = at(`${SPEC}          application/json: |\n            {"n": "$input.path('$.§')"}\n`);
    assert.deepEqual(c.labels.sort(), ['name', 'owner']);
    const nested = at(`${SPEC}          application/json: |\n            {"e": "$input.json('$.owner.em§')"}\n`);
    assert.deepEqual(nested.labels, ['email']);
    assert.match(nested.apply('email'), /\$input\.json\('\$\.owner\.email'\)/);
  });

  test('directives after #, variables set in the template, $foreach inside a loop, stage variables', () => {
    const d = at(`${SPEC}          application/json: |\n            #fo§\n`);
    assert.ok(d.labels.includes('#foreach') && d.labels.includes('#set'));
    assert.match(d.apply('#foreach'), /#foreach\(\$item in \$list\)\n/);
    const v = at(
      `${SPEC}          application/json: |\n            #set($pet = $input.path('$'))\n            #foreach($x in $pet.tags)$§#end\n            $stageVariables.alias\n`,
    );
    assert.ok(
      v.labels.includes('$pet') && v.labels.includes('$foreach.hasNext') && v.labels.includes('$stageVariables.alias'),
    );
  });

  test('gateway response templates offer only what API Gateway substitutes there', () => {
    const c = at(
      "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\nx-amazon-apigateway-gateway-responses:\n  DEFAULT_4XX:\n    responseTemplates:\n      application/json: '{\"m\": $context.error.mes§}'\n",
    );
    assert.ok(c.labels.includes('$context.error.messageString'));
    assert.ok(!c.labels.some((l) => l.startsWith('$input') || l.startsWith('$util') || l.startsWith('#')));
  });

  test('the line after a block scalar template is not inside it', () => {
    const c = at(`${SPEC}          application/json: |\n            $input.body\n§`);
    assert.ok(!c.labels.includes('$input.body'));
  });

  test('a .vtl file', () => {
    const c = at('#set($a = $input.§)\n', 'velocity');
    assert.ok(c.labels.includes('$input.body'));
    assert.equal(c.apply('$input.body'), '#set($a = $input.body)\n');
  });
});

describe('hover in templates', () => {
  test('a $util method, a $context variable and a directive', () => {
    const h = (s: string) => JSON.stringify(at(s).hover()?.contents ?? null);
    assert.match(
      h(`${SPEC}          application/json: '$util.escape§JavaScript($input.body)'\n`),
      /escapeJavaScript\(s: String\)/,
    );
    assert.match(h(`${SPEC}          application/json: '$context.identity.source§Ip'\n`), /TCP connection/);
    assert.match(h(`${SPEC}          application/json: |\n            #fore§ach($a in $b)#end\n`), /1000 iterations/);
    assert.match(h(`${SPEC}          application/json: '$inp§ut.json(''$'')'\n`), /payload and parameters/);
  });

  test('a body field of the request model inside $input.path', () => {
    const c = at(
      `${SPEC}          application/json: |\n            {"n": "$input.path('$.na§me')", "e": "$input.json('$.owner.email')"}\n`,
    );
    const hover = c.hover();
    assert.match(JSON.stringify(hover?.contents), /name.*string.*required.*The pet's name/);
    assert.equal(
      c.text.slice(c.doc.text.offsetAt(hover!.range!.start), c.doc.text.offsetAt(hover!.range!.end)),
      'name',
    );
    const nested = at(`${SPEC}          application/json: |\n            {"e": "$input.json('$.owner.ema§il')"}\n`);
    assert.match(JSON.stringify(nested.hover()?.contents), /email/);
  });

  test('the hover range is the member in the document, through escapes', () => {
    const json =
      '{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}, "x-amazon-apigateway-integration": {"type": "mock", "requestTemplates": {"application/json": "{\\"b\\": \\"$input.bo§dy\\"}"}}}}}}';
    const c = at(json, 'json');
    const hover = c.hover();
    assert.ok(hover?.range);
    assert.equal(
      c.text.slice(c.doc.text.offsetAt(hover.range.start), c.doc.text.offsetAt(hover.range.end)),
      '$input.body',
    );
  });

  test('a stage variable with the value a SAM template sets', () => {
    const sam =
      "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Variables:\n        alias: live\n      DefinitionBody:\n        openapi: 3.0.1\n        info: {title: t, version: '1'}\n        paths:\n          /a:\n            get:\n              x-amazon-apigateway-integration:\n                type: mock\n                requestTemplates:\n                  application/json: '{\"a\": \"$stageVariables.al§ias\"}'\n";
    assert.match(JSON.stringify(at(sam).hover()?.contents), /live.*Api/);
  });
});
