/**
 * The catalogue schema check, value by value: what it reports (id, the text it underlines, the message, the quick
 * fix data) for each kind of value, and what it accepts because CloudFormation or a stage computes it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ApiType, Schema } from '../../../../server/src/service/catalogue/types';
import { asObject, getValue, type AstNode } from '../../../../server/src/service/parser/ast';
import { parse } from '../../../../server/src/service/parser/parse';
import type { FixData } from '../../../../server/src/service/validation/rule';
import { anchorOf, checkValue, type SchemaCheckRuleId } from '../../../../server/src/service/validation/schemaCheck';

interface Report {
  rule: SchemaCheckRuleId;
  at: string;
  message: string;
  data?: FixData;
}

/** Checks the value of `v` in a small YAML document against a schema; each report with the text it covers. */
function check(yaml: string, schema: Schema, apiType: ApiType = 'REST', nullIsAbsent?: boolean): Report[] {
  const text = `v: ${yaml}\n`;
  const root = parse(text, 'yaml').root;
  const reports: Report[] = [];
  checkValue(
    {
      apiType,
      nullIsAbsent,
      report: (rule, at, message, data) =>
        reports.push({ rule, at: text.slice(at.offset, at.offset + at.length), message, ...(data ? { data } : {}) }),
    },
    getValue(root, 'v'),
    schema,
    'v',
  );
  return reports;
}

const messages = (reports: Report[]) => reports.map((r) => `${r.rule}: ${r.message}`);

describe('schema check: value types', () => {
  test('each kind names what it expects and what it got', () => {
    assert.deepEqual(messages(check('abc', { kind: 'number' })), ['value-type: \'v\' must be a number, not "abc".']);
    assert.deepEqual(messages(check('3', { kind: 'boolean' })), ["value-type: 'v' must be true or false, not 3."]);
    assert.deepEqual(messages(check('x', { kind: 'object' })), ['value-type: \'v\' must be an object, not "x".']);
    assert.deepEqual(messages(check('x', { kind: 'array' })), ['value-type: \'v\' must be a list, not "x".']);
    assert.deepEqual(messages(check('[1]', { kind: 'map' })), ["value-type: 'v' must be an object (map), not a list."]);
    assert.deepEqual(messages(check('{a: 1}', { kind: 'string' })), [
      "value-type: 'v' must be a string, not an object.",
    ]);
    assert.deepEqual(messages(check('[]', { kind: 'integer' })), ["value-type: 'v' must be an integer, not a list."]);
  });

  test('the value found is described as written', () => {
    assert.deepEqual(messages(check('', { kind: 'object' })), ["value-type: 'v' must be an object, not nothing."]);
    assert.deepEqual(messages(check('true', { kind: 'object' })), ["value-type: 'v' must be an object, not true."]);
    assert.deepEqual(messages(check('false', { kind: 'array' })), ["value-type: 'v' must be a list, not false."]);
    assert.deepEqual(messages(check('3.50', { kind: 'object' })), ["value-type: 'v' must be an object, not 3.50."]);
  });

  test('the type error underlines the value', () => {
    assert.deepEqual(
      check('"abc"', { kind: 'integer' }).map((r) => r.at),
      ['"abc"'],
    );
  });

  test('any value fits a schema of any kind', () => {
    for (const value of ['{a: 1}', '[1, 2]', 'text', '3', 'true', ''])
      assert.deepEqual(check(value, { kind: 'any' }), [], value);
  });

  test('numbers written as strings are read as numbers, padded or not', () => {
    assert.deepEqual(check('"12"', { kind: 'integer' }), []);
    assert.deepEqual(check('" 12 "', { kind: 'integer' }), []);
    assert.deepEqual(check('"-3"', { kind: 'integer', minimum: -5 }), []);
    assert.deepEqual(check('"1.25"', { kind: 'number' }), []);
    assert.deepEqual(check('"12"', { kind: 'number' }), []);
    assert.deepEqual(messages(check('"12"', { kind: 'number', maximum: 10 })), [
      "value-range: 'v' must be at most 10; got 12.",
    ]);
  });

  test('a string with digits in it is not a number', () => {
    assert.deepEqual(messages(check('"abc12"', { kind: 'number' })), [
      'value-type: \'v\' must be a number, not "abc12".',
    ]);
    assert.deepEqual(messages(check('"12abc"', { kind: 'number' })), [
      'value-type: \'v\' must be a number, not "12abc".',
    ]);
    assert.deepEqual(messages(check('"1."', { kind: 'number' })), ['value-type: \'v\' must be a number, not "1.".']);
    assert.deepEqual(messages(check('"1.x"', { kind: 'number' })), ['value-type: \'v\' must be a number, not "1.x".']);
  });

  test('an integer field takes no fraction, in a number or a string', () => {
    assert.deepEqual(messages(check('1.5', { kind: 'integer' })), ["value-type: 'v' must be an integer, not 1.5."]);
    assert.deepEqual(messages(check('"1.5"', { kind: 'integer' })), [
      'value-type: \'v\' must be an integer, not "1.5".',
    ]);
    assert.deepEqual(check('1.5', { kind: 'number' }), []);
  });

  test('a stage variable or placeholder stands for a number or a boolean', () => {
    assert.deepEqual(check('"${stageVariables.timeout}"', { kind: 'integer', maximum: 10 }), []);
    assert.deepEqual(check('"${stageVariables.on}"', { kind: 'boolean' }), []);
  });

  test('booleans: true and false, also quoted; nothing else', () => {
    for (const value of ['true', 'false', '"true"', '"false"']) assert.deepEqual(check(value, { kind: 'boolean' }), []);
    assert.deepEqual(messages(check('"yes"', { kind: 'boolean' })), [
      'value-type: \'v\' must be true or false, not "yes".',
    ]);
    assert.deepEqual(messages(check('"True"', { kind: 'boolean' })), [
      'value-type: \'v\' must be true or false, not "True".',
    ]);
  });

  test('a missing value is not checked', () => {
    const reports: Report[] = [];
    checkValue(
      { apiType: 'REST', report: (rule, _at, message) => reports.push({ rule, at: '', message }) },
      undefined,
      { kind: 'string' },
      'v',
    );
    assert.deepEqual(reports, []);
  });
});

describe('schema check: intrinsic functions', () => {
  const methods: Schema = { kind: 'string', enum: ['GET', 'POST'] };

  test('each branch of an Fn::If is checked', () => {
    assert.deepEqual(
      check('!If [IsProd, GET, PUT]', methods).map((r) => `${r.rule} ${r.at}`),
      ['enum-value PUT'],
    );
    assert.deepEqual(
      check('{"Fn::If": [IsProd, PUT, DELETE]}', methods).map((r) => `${r.rule} ${r.at}`),
      ['enum-value PUT', 'enum-value DELETE'],
    );
  });

  test('the template of an Fn::Sub is checked as a string', () => {
    assert.deepEqual(
      check('!Sub PUT', methods).map((r) => `${r.rule} ${r.at}`),
      ['enum-value PUT'],
    );
    assert.deepEqual(
      check('{"Fn::Sub": "PUT"}', methods).map((r) => `${r.rule} ${r.at}`),
      ['enum-value "PUT"'],
    );
    assert.deepEqual(check('!Sub "${Method}"', methods), []);
    assert.deepEqual(
      check('!Sub put', { kind: 'any', enum: ['PUT'] }).map((r) => r.rule),
      ['enum-case'],
    );
  });

  test('an Fn::Sub where no string is expected is left to CloudFormation', () => {
    assert.deepEqual(
      check('!Sub "12"', { kind: 'integer', enum: ['10'], pattern: { regex: /^x$/, message: 'x' } }),
      [],
    );
  });

  test('other intrinsics stand for values known at deploy time', () => {
    assert.deepEqual(check('!Ref Method', methods), []);
    assert.deepEqual(check('{Ref: Method}', methods), []);
    assert.deepEqual(check('!GetAtt Fn.Arn', { kind: 'integer' }), []);
    assert.deepEqual(check('{"Fn::GetAtt": [Fn, Arn]}', { kind: 'object', fields: {} }), []);
  });
});

describe('schema check: strings', () => {
  test('a placeholder stands for any allowed value', () => {
    assert.deepEqual(check('"${stageVariables.method}"', { kind: 'string', enum: ['GET'] }), []);
    assert.deepEqual(check('"${x}"', { kind: 'string', pattern: { regex: /^a+$/, message: "a's" } }), []);
  });

  test('a pattern is checked and its message given', () => {
    assert.deepEqual(messages(check('bbb', { kind: 'string', pattern: { regex: /^a+$/, message: "a's" } })), [
      "value-format: 'v' must be a's; \"bbb\" is not.",
    ]);
  });
});

describe('schema check: ranges', () => {
  test('each bound is named as it is declared', () => {
    assert.deepEqual(messages(check('0', { kind: 'integer', minimum: 1 })), [
      "value-range: 'v' must be at least 1; got 0.",
    ]);
    assert.deepEqual(messages(check('11', { kind: 'integer', maximum: 10 })), [
      "value-range: 'v' must be at most 10; got 11.",
    ]);
    assert.deepEqual(messages(check('11', { kind: 'integer', minimum: 1, maximum: 10 })), [
      "value-range: 'v' must be between 1 and 10; got 11.",
    ]);
    assert.deepEqual(messages(check('0', { kind: 'integer', minimum: 1, maximum: 10 })), [
      "value-range: 'v' must be between 1 and 10; got 0.",
    ]);
    assert.deepEqual(check('1', { kind: 'integer', minimum: 1, maximum: 10 }), []);
    assert.deepEqual(check('10', { kind: 'integer', minimum: 1, maximum: 10 }), []);
  });

  test('a bound for one API type says so', () => {
    const schema: Schema = { kind: 'integer', minimum: 50, maximum: 29000, byApiType: { HTTP: { maximum: 30000 } } };
    assert.deepEqual(messages(check('30001', schema, 'HTTP')), [
      "value-range: 'v' must be between 50 and 30000 for HTTP APIs; got 30001.",
    ]);
    assert.deepEqual(messages(check('29001', schema, 'REST')), [
      "value-range: 'v' must be between 50 and 29000; got 29001.",
    ]);
  });
});

describe('schema check: lists', () => {
  test('items are checked against the item schema, and any item fits a list without one', () => {
    assert.deepEqual(
      check('[1, x, 2]', { kind: 'array', items: { kind: 'integer' } }).map((r) => r.at),
      ['x'],
    );
    assert.deepEqual(check('[1, x, {a: 1}]', { kind: 'array' }), []);
  });
});

describe('schema check: objects', () => {
  const schema: Schema = {
    kind: 'object',
    fields: { type: { kind: 'string' }, uri: { kind: 'string' }, onlyHttp: { kind: 'string', apiTypes: ['HTTP'] } },
    required: ['type'],
  };

  test('extension keys, $ref and YAML merge keys are not unknown fields', () => {
    assert.deepEqual(check('{type: a, x-note: b, $ref: "#/x", "<<": c}', schema), []);
  });

  test('an unknown field lists the known ones when nothing is close', () => {
    assert.deepEqual(check('{type: a, zzzzzzzz: 1}', schema), [
      {
        rule: 'unknown-field',
        at: 'zzzzzzzz',
        message: "'v' has no field 'zzzzzzzz'; API Gateway ignores it. Known fields: type, uri, onlyHttp.",
      },
    ]);
  });

  test('an unknown field in an object without fields says only that', () => {
    assert.deepEqual(messages(check('{foo: 1}', { kind: 'object' })), [
      "unknown-field: 'v' has no field 'foo'; API Gateway ignores it.",
    ]);
  });

  test('a close field name is suggested as a fix', () => {
    assert.deepEqual(check('{type: a, uri: b, urj: c}', schema), [
      {
        rule: 'unknown-field',
        at: 'urj',
        message: "'v' has no field 'urj'; API Gateway ignores it. Did you mean 'uri'?",
        data: { replaceWith: ['uri'] },
      },
    ]);
  });

  test('a missing field is reported on the key that holds the object', () => {
    assert.deepEqual(check('{uri: b}', schema), [
      {
        rule: 'missing-field',
        at: 'v',
        message: "'v' needs 'type'.",
        data: { addField: { name: 'type', value: '', objectOffset: 3 } },
      },
    ]);
  });

  test('a missing field in a list item is reported on the item', () => {
    const reports = check('[{uri: b}]', { kind: 'array', items: schema });
    assert.deepEqual(
      reports.map((r) => [r.rule, r.at, r.data]),
      [['missing-field', '{', { addField: { name: 'type', value: '', objectOffset: 4 } }]],
    );
  });
});

describe('schema check: maps', () => {
  const codes: Schema = {
    kind: 'map',
    keys: { enum: ['GET', 'POST'], description: 'HTTP methods, e.g. GET.' },
    values: { kind: 'integer' },
  };

  test('a key in another letter case is named with its fix', () => {
    assert.deepEqual(check('{get: 1}', codes), [
      { rule: 'enum-case', at: 'get', message: '\'v\' key is written "GET".', data: { replaceWith: ['GET'] } },
    ]);
  });

  test('an unknown key quotes what the keys are, without its full stop', () => {
    assert.deepEqual(check('{OPTIONS: 1}', codes), [
      {
        rule: 'enum-value',
        at: 'OPTIONS',
        message: '"OPTIONS" is not a valid key of \'v\' (HTTP methods, e.g. GET).',
        data: { replaceWith: ['GET', 'POST'] },
      },
    ]);
    assert.deepEqual(check('{GETX: 1}', codes)[0].data, { replaceWith: ['GET'] });
  });

  test('a computed key is not checked', () => {
    assert.deepEqual(check('{"${Method}": 1}', codes), []);
  });

  test('values are checked against the value schema', () => {
    assert.deepEqual(
      check('{GET: x}', codes).map((r) => `${r.rule} ${r.at}`),
      ['value-type x'],
    );
  });

  test('a map without key or value rules takes anything', () => {
    assert.deepEqual(check('{a: 1, B: [x], c: {d: e}}', { kind: 'map' }), []);
  });

  test('key patterns', () => {
    const schema: Schema = {
      kind: 'map',
      keys: { pattern: { regex: /^\d{3}$/, message: 'a status code' }, description: 'Codes.' },
    };
    assert.deepEqual(messages(check('{"200": a, abc: b, "${x}": c}', schema)), [
      'value-format: Keys of \'v\' must be a status code; "abc" is not.',
    ]);
  });
});

describe('anchorOf', () => {
  test('a missing field of the document itself is reported on its first character', () => {
    const root = parse('a: 1\n', 'yaml').root as AstNode;
    assert.deepEqual(anchorOf(root), { offset: 0, length: 1 });
    const list = parse('- {a: 1}\n', 'yaml').root;
    assert.equal(list?.type, 'array');
    const item = list.type === 'array' ? list.items[0] : undefined;
    assert.deepEqual(anchorOf(asObject(item) as AstNode), { offset: 2, length: 1 });
  });
});

describe('schema check: null where SAM reads it as left out', () => {
  const settings: Schema = {
    kind: 'object',
    fields: {
      UsagePlan: { kind: 'object', fields: {} },
      Authorizers: { kind: 'map', values: { kind: 'object', fields: {} } },
      Tags: { kind: 'array', items: { kind: 'string' } },
    },
  };
  const yaml = '{UsagePlan: null, Authorizers: {Tok: null}, Tags: [null]}';

  test("a named field set to null is skipped; a map entry's or a list item's null is still checked", () => {
    assert.deepEqual(messages(check(yaml, settings, 'REST', true)), [
      "value-type: 'Tok' must be an object, not nothing.",
      "value-type: 'Tags' must be a string, not nothing.",
    ]);
  });

  test('without that, a null field is a type error like any other', () => {
    assert.deepEqual(messages(check(yaml, settings)), [
      "value-type: 'UsagePlan' must be an object, not nothing.",
      "value-type: 'Tok' must be an object, not nothing.",
      "value-type: 'Tags' must be a string, not nothing.",
    ]);
  });
});

describe('schema check: values a rule checks itself', () => {
  test('a value whose schema names the rule that checks it is left to that rule, at any depth', () => {
    const owned: Schema = { kind: 'string', checkedBy: 'sam-auth', enum: ['A'] };
    assert.deepEqual(check('[a]', owned), []);
    assert.deepEqual(check('{f: [a], g: [b]}', { kind: 'object', fields: { f: owned, g: { kind: 'string' } } }), [
      { rule: 'value-type', at: '[b]', message: "'g' must be a string, not a list." },
    ]);
  });
});

describe('schema check: a JSON field left without a value while typing', () => {
  test('is skipped, and the fields after it are still checked, whether null counts as absent or not', () => {
    const text = '{"v": {"a": , "b": "x"}}';
    const schema: Schema = { kind: 'object', fields: { a: { kind: 'string' }, b: { kind: 'integer' } } };
    for (const nullIsAbsent of [true, false]) {
      const reports: string[] = [];
      checkValue(
        {
          apiType: 'REST',
          nullIsAbsent,
          report: (rule, at, message) => reports.push(`${rule} ${at.offset}: ${message}`),
        },
        getValue(parse(text, 'json').root, 'v'),
        schema,
        'v',
      );
      assert.deepEqual(reports, ['value-type 19: \'b\' must be an integer, not "x".']);
    }
  });
});

describe('schema check: SAM settings read by their truth', () => {
  const truth: Schema = { kind: 'boolean', readByTruth: true };

  test('true, false and placeholders are accepted; anything else is a warning saying how SAM reads it', () => {
    assert.deepEqual(check('true', truth), []);
    assert.deepEqual(check('false', truth), []);
    assert.deepEqual(check("'${Flag}'", truth), []);
    assert.deepEqual(check('!Ref Flag', truth), []);
    const said = (yaml: string) => check(yaml, truth).map((r) => [r.rule, r.at, r.message, r.data]);
    assert.deepEqual(said("'false'"), [
      [
        'value-truth',
        "'false'",
        `The SAM transform reads 'v' by its truth: "false" counts as true. Write true or false.`,
        { replaceWith: ['true'] },
      ],
    ]);
    assert.deepEqual(said('0')[0]?.slice(2), [
      "The SAM transform reads 'v' by its truth: 0 counts as false. Write true or false.",
      { replaceWith: ['false'] },
    ]);
    assert.deepEqual(said('1')[0]?.slice(2, 3), [
      "The SAM transform reads 'v' by its truth: 1 counts as true. Write true or false.",
    ]);
    assert.deepEqual(said("''")[0]?.slice(2, 3), [
      `The SAM transform reads 'v' by its truth: "" counts as false. Write true or false.`,
    ]);
    assert.deepEqual(said('[]')[0]?.slice(2, 3), [
      "The SAM transform reads 'v' by its truth: a list counts as false. Write true or false.",
    ]);
    assert.deepEqual(said('[a]')[0]?.slice(2, 3), [
      "The SAM transform reads 'v' by its truth: a list counts as true. Write true or false.",
    ]);
    assert.deepEqual(said('{}')[0]?.slice(2, 3), [
      "The SAM transform reads 'v' by its truth: an object counts as false. Write true or false.",
    ]);
    assert.deepEqual(said('{a: 1}')[0]?.slice(2, 3), [
      "The SAM transform reads 'v' by its truth: an object counts as true. Write true or false.",
    ]);
    assert.deepEqual(said('')[0]?.slice(2, 3), [
      "The SAM transform reads 'v' by its truth: nothing counts as false. Write true or false.",
    ]);
  });

  test('a plain boolean setting still refuses what is not true or false', () => {
    assert.deepEqual(messages(check('1', { kind: 'boolean' })), ["value-type: 'v' must be true or false, not 1."]);
  });
});
