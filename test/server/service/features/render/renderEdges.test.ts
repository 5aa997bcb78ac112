// Edges of rendering: texts that only resemble YAML's special floats, null items, nested lists in JSON.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonValue, yamlBlock, yamlScalar } from '../../../../../server/src/service/features/render/renderValue';

describe('rendering edges', () => {
  test('.inf and .nan only as the whole text are quoted', () => {
    assert.equal(yamlScalar('x.inf'), 'x.inf');
    assert.equal(yamlScalar('.info'), '.info');
    assert.equal(yamlScalar('.nan'), "'.nan'");
  });

  test('a null item of a list', () => {
    assert.deepEqual(yamlBlock([null, 'a'], 2), ['  - null', '  - a']);
  });

  test('lists inside lists in JSON, each level two spaces further', () => {
    assert.equal(
      jsonValue([[1, [2]], { a: [3] }], 2),
      '[\n    [\n      1,\n      [\n        2\n      ]\n    ],\n    {\n      "a": [\n        3\n      ]\n    }\n  ]',
    );
  });
});
