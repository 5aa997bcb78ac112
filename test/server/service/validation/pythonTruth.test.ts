// Python's truth of parsed values, as the SAM transform tests its settings (`if value:`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getValue } from '../../../../server/src/service/parser/ast';
import { parse } from '../../../../server/src/service/parser/parse';
import { pythonTruthy } from '../../../../server/src/service/validation/pythonTruth';

const truth = (yaml: string) => pythonTruthy(getValue(parse(`v: ${yaml}\n`, 'yaml').root, 'v'));

test('empty texts, lists and mappings, 0, false and null are false; everything else is true', () => {
  for (const falsy of ["''", '[]', '{}', '0', 'false', 'null', '']) assert.equal(truth(falsy), false, falsy);
  for (const truthy of ["'false'", "'0'", '[0]', '{a: null}', '1', '-0.5', 'true'])
    assert.equal(truth(truthy), true, truthy);
  assert.equal(pythonTruthy(undefined), false);
});

test("a tagged value is a mapping to SAM's loader, so true even when what it tags is empty", () => {
  assert.equal(truth("!Sub ''"), true);
  assert.equal(truth('!Ref AWS::NoValue'), true);
});
