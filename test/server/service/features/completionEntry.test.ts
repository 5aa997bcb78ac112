// The completion entry point: nothing for documents that are no API, keys and values by the cursor's place,
// values of string lists on `- ` lines.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { complete } from '../../../../server/src/service/features/completion';
import { atCursor } from './helpers';
import { completions } from './completion/helpers';

describe('completion entry', () => {
  test('a YAML document that is no API gets nothing, even where an API would get variables', () => {
    assert.deepEqual(completions('requestTemplates:\n  application/json: $con|\n').labels, []);
    assert.deepEqual(completions('x-amazon-apigateway-|\n').labels, []);
  });

  test('the result is complete (no incremental refinement asked)', () => {
    const at = atCursor(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: |\n',
    );
    const list = complete(at.doc, at.position);
    assert.equal(list.isIncomplete, false);
    assert.equal(list.items.length, 5);
    const other = atCursor('name: |\n');
    assert.deepEqual(complete(other.doc, other.position), { isIncomplete: false, items: [] });
  });

  test('on a `- ` line of a list of strings: values, besides any keys', () => {
    const text =
      'openapi: 3.0.1\npaths:\n  /a/{id}:\n    get:\n      parameters:\n        - {name: id, in: path}\n      x-amazon-apigateway-integration:\n        cacheKeyParameters:\n          - method.request.path.id\n          - |\n';
    assert.deepEqual(completions(text).labels, ['method.request.path.id']);
  });

  test('on a key line of an object: keys and, in request parameters, the mapping targets', () => {
    const text =
      'openapi: 3.0.1\npaths:\n  /a/{id}:\n    get:\n      parameters:\n        - {name: id, in: path}\n      x-amazon-apigateway-integration:\n        requestParameters:\n          integ|\n';
    const labels = completions(text).labels;
    assert.ok(labels.includes('integration.request.path.id'));
    assert.ok(labels.includes('integration.request.header.'));
  });
});
