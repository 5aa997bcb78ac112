// Values written into the document by completions and quick fixes: YAML scalars quoted exactly when YAML would
// read them as something else (checked by parsing them back), blocks and intrinsics in YAML and JSON.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  type RenderValue,
  jsonValue,
  renderProperty,
  yamlBlock,
  yamlProperty,
  yamlScalar,
} from '../../../../../server/src/service/features/render/renderValue';
import { tab } from '../../../../../server/src/service/catalogue/snippetSyntax';
import { parse } from '../../../../../server/src/service/parser/parse';
import { toJson } from '../../../../../server/src/service/document/toJson';

/** What YAML reads back from `key: <text>`. */
function readBack(scalar: string): unknown {
  const parsed = parse(`k: ${scalar}\n`, 'yaml');
  assert.deepEqual(parsed.problems, [], scalar);
  return (toJson(parsed.root) as { k: unknown }).k;
}

describe('YAML scalars', () => {
  test('plain when YAML reads the text back as the same string', () => {
    for (const s of ['abc', 'a-b', 'a:b', 'a#b', 'GET', '/pets/{id}', 'x y', 'a.b', 'nullx', 'truex', '1a'.slice(1)]) {
      assert.equal(yamlScalar(s), s, s);
      assert.equal(readBack(yamlScalar(s)), s);
    }
  });

  test('quoted when YAML would read something else, and read back as the text', () => {
    const needQuotes = [
      '',
      ' lead',
      'trail ',
      '-x',
      '?x',
      ':x',
      ',x',
      '[x',
      ']x',
      '{x',
      '}x',
      '#x',
      '&x',
      '*x',
      '!x',
      '|x',
      '>x',
      "'x",
      '"x',
      '%x',
      '@x',
      '`x',
      'a: b',
      'a #b',
      'a:',
      'true',
      'False',
      'yes',
      'NO',
      'on',
      'Off',
      'y',
      'n',
      'null',
      '~',
      '12',
      '-1',
      '+1',
      '.5',
      '1.5',
      '.inf',
      '.NaN',
      "it's: x",
      'two\nlines',
      '\tx',
    ];
    for (const s of needQuotes) {
      const written = yamlScalar(s);
      assert.ok(written.startsWith("'") && written.endsWith("'"), `${JSON.stringify(s)} -> ${written}`);
      if (!s.includes('\n')) assert.equal(readBack(written), s, JSON.stringify(s));
    }
    assert.equal(yamlScalar("it's: x"), "'it''s: x'");
  });

  test('snippet placeholders are read as the text they stand for', () => {
    // A tab stop whose default is `abc` stays plain; one whose default is `true` is quoted.
    assert.equal(yamlScalar(tab(1, 'abc')), tab(1, 'abc'));
    assert.equal(yamlScalar(tab(1, 'true')), `'${tab(1, 'true')}'`);
  });

  test('numbers, booleans and null as they are', () => {
    assert.equal(yamlScalar(12), '12');
    assert.equal(yamlScalar(false), 'false');
    assert.equal(yamlScalar(null), 'null');
  });
});

describe('YAML blocks', () => {
  test('nested objects and lists, two spaces a level; empty ones in flow style; intrinsics as short-form tags', () => {
    const value: RenderValue = {
      b: 1,
      c: ['x', { d: true, e: [] }, [], {}, ['y'], { '!Ref': 'R' }],
      f: {},
      g: null,
      h: { '!Sub': 'a ${B}' },
      i: { '!GetAtt': 'X.Arn' },
    };
    const lines = yamlProperty('a', value, 2);
    assert.deepEqual(lines, [
      '  a:',
      '    b: 1',
      '    c:',
      '      - x',
      '      - d: true',
      '        e: []',
      '      - []',
      '      - {}',
      "      - - 'y'",
      '      - !Ref R',
      '    f: {}',
      '    g: null',
      '    h: !Sub a ${B}',
      '    i: !GetAtt X.Arn',
    ]);
    // Read back, the plain values are the same (the tags are CloudFormation's, kept by the parser as tags).
    const parsed = toJson(parse(lines.join('\n'), 'yaml').root) as { a: Record<string, unknown> };
    assert.deepEqual(parsed.a.c, ['x', { d: true, e: [] }, [], {}, ['y'], 'R']);
    assert.deepEqual(yamlProperty('k', [], 0), ['k: []']);
    assert.deepEqual(yamlProperty('k', {}, 0), ['k: {}']);
    assert.deepEqual(yamlProperty('true', 'x', 0), ["'true': x"]);
    assert.equal(yamlBlock([], 2), undefined);
    assert.equal(yamlBlock({}, 2), undefined);
  });

  test('a property to insert at a column: the first line without the indentation, the others with it', () => {
    assert.equal(renderProperty('yaml', 'k', { a: 1, b: [2] }, 4), 'k:\n      a: 1\n      b:\n        - 2');
    assert.equal(renderProperty('json', 'k', { a: 1 }, 4), '"k": {\n      "a": 1\n    }');
  });
});

describe('JSON values', () => {
  test('indented two spaces a level from the column; intrinsics in their long form (GetAtt split at the first dot)', () => {
    const value = {
      b: 1,
      c: ['x', [], {}],
      h: { '!Sub': 'a' },
      i: { '!GetAtt': 'X.Y.Arn' },
      r: { '!Ref': 'R' },
      two: { '!Ref': 'R', x: 1 },
      n: { '!Ref': 1 },
    } as never;
    const text = jsonValue(value, 2);
    assert.equal(
      text,
      [
        '{',
        '    "b": 1,',
        '    "c": [',
        '      "x",',
        '      [],',
        '      {}',
        '    ],',
        '    "h": {',
        '      "Fn::Sub": "a"',
        '    },',
        '    "i": {',
        '      "Fn::GetAtt": [',
        '        "X",',
        '        "Y.Arn"',
        '      ]',
        '    },',
        '    "r": {',
        '      "Ref": "R"',
        '    },',
        '    "two": {',
        '      "!Ref": "R",',
        '      "x": 1',
        '    },',
        '    "n": {',
        '      "!Ref": 1',
        '    }',
        '  }',
      ].join('\n'),
    );
    assert.equal(jsonValue([], 0), '[]');
    assert.equal(jsonValue({}, 0), '{}');
    assert.equal(jsonValue(null, 0), 'null');
    assert.equal(jsonValue('a"b', 0), '"a\\"b"');
  });
});
