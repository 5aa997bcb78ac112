// The cursor's place in JSON documents and inside YAML block values, as completion reads it: the object whose
// keys are offered, the value being written, the typed prefix and the replaced range.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from '../completion/helpers';

const json = (integration: string) =>
  `{\n  "openapi": "3.0.1",\n  "paths": {\n    "/a": {\n      "get": {\n        "x-amazon-apigateway-integration": ${integration}\n      }\n    }\n  }\n}`;

describe('cursor in JSON', () => {
  test('a key: the properties of the object around it, those written left out', () => {
    const c = completions(json('{\n          "type": "aws",\n          "|"\n        }'), 'json');
    assert.ok(c.labels.includes('passthroughBehavior'));
    assert.ok(!c.labels.includes('type'));
    assert.equal(c.replaced('uri'), '""');
  });

  test('a key after many properties: found from the last property before the cursor', () => {
    const many = Array.from({ length: 30 }, (_, i) => `"x-${i}": {"a": [1, {"b": 2}]}`).join(',\n          ');
    const c = completions(
      json(`{\n          ${many},\n          "type": "aws",\n          "pass|"\n        }`),
      'json',
    );
    assert.equal(c.replaced('passthroughBehavior'), '"pass"');
    assert.ok(!c.labels.includes('type'));
  });

  test('a value: the typed prefix, and the whole string replaced', () => {
    const c = completions(json('{"type": "aw|s_pr"}'), 'json');
    assert.deepEqual(c.labels, ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock']);
    assert.equal(c.replaced('aws'), '"aws_pr"');
  });

  test('a value not started yet, and a list item', () => {
    const c = completions(json('{"type": |}'), 'json');
    assert.equal(c.replaced('mock'), '');
    assert.match(c.apply('mock'), /"type": "mock"\}/);
    const list = completions(
      '{"openapi": "3.0.1", "paths": {"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path"}], "x-amazon-apigateway-integration": {"cacheKeyParameters": [|]}}}}}',
      'json',
    );
    assert.deepEqual(list.labels, ['method.request.path.id']);
  });

  test('text broken after the cursor: what comes before still says where it is', () => {
    const c = completions(json('{\n          "type": "aws",\n          "|"\n          "uri": \n'), 'json');
    assert.ok(c.labels.includes('passthroughBehavior'));
    assert.ok(!c.labels.includes('type'));
  });
});

describe('cursor inside a YAML block value', () => {
  test('the typed word from the start of the line, indentation left out', () => {
    const text =
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws\n        requestTemplates:\n          application/json: |\n            {\n              "id": $context.req§\n            }\n';
    const c = completions(text, 'yaml', '§');
    assert.equal(c.replaced('$context.requestId'), '$context.req');
    assert.match(c.apply('$context.requestId'), /\n {14}"id": \$context\.requestId\n/);
  });

  test('on the line of the key itself, the value is not a block yet', () => {
    const text =
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: aw§\n        requestTemplates:\n          application/json: |\n            {}\n';
    assert.deepEqual(completions(text, 'yaml', '§').labels, ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock']);
  });
});
