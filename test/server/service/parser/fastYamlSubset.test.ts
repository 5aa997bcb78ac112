// The fast YAML path construct by construct, held to more than fastYaml.test.ts checks: every node's exact span (the
// full parser's container spans run on over trailing blank lines and comments, so those are checked against the
// fast path's own rule, written out in checkSpans), parent links, the `$ref` list, and for each thing the path gives
// up on, the nearest thing it must still take. A definition that silently falls back to the full parser is several
// times slower to edit; one the fast path reads wrong gets wrong diagnostics.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFast } from '../../../../server/src/service/parser/fastYaml';
import { parseYamlFull } from '../../../../server/src/service/parser/yamlParser';
import type { AstNode, ParseResult } from '../../../../server/src/service/parser/ast';

/** Every node as a line, without the spans the two parsers place differently (containers, block scalars). */
function dump(node: AstNode | undefined, text: string, out: string[] = []): string[] {
  if (!node) return out;
  const tag = node.tag ? ` ${node.tag}` : '';
  if (node.type === 'object') {
    out.push(`object ${node.offset} ${node.properties.length}${tag}`);
    for (const p of node.properties) {
      out.push(`key ${p.key.offset}+${p.key.length} ${JSON.stringify(p.key.value)}${p.key.quoted ? ' quoted' : ''}`);
      dump(p.value, text, out);
    }
  } else if (node.type === 'array') {
    out.push(`array ${node.offset} ${node.items.length}${tag}`);
    for (const item of node.items) dump(item, text, out);
  } else {
    const block = text[node.offset] === '|' || text[node.offset] === '>';
    const span = block ? `${node.offset}` : `${node.offset}+${node.length}`;
    const detail = node.type === 'string' && node.quoted ? ' quoted' : node.type === 'number' ? ` raw ${node.raw}` : '';
    out.push(`${node.type} ${span} ${JSON.stringify(node.value)}${detail}${tag}`);
  }
  return out;
}

/**
 * The fast path's spans: a block container runs from its first entry to the end of its last; a flow collection
 * from its bracket to the closing one; a property from its key to the end of its value (to the key's end when the
 * value is empty, except after an explicit `? key` / `:` pair, where it runs to the empty value after the colon);
 * a block scalar from its header through the line break ending its last content line. Every child links to its
 * parent, and `refs` lists every `$ref` value.
 */
function checkSpans(result: ParseResult, text: string): void {
  const refs: AstNode[] = [];
  const visit = (node: AstNode, parent: AstNode['parent']): void => {
    assert.equal(node.parent, parent, `parent of the node at ${node.offset}`);
    assert.ok(node.offset >= 0 && node.offset + node.length <= text.length, `span of the node at ${node.offset}`);
    const end = node.offset + node.length;
    if (node.type === 'object') {
      const flow = text[node.offset] === '{';
      for (const p of node.properties) {
        assert.equal(p.type, 'property');
        assert.equal(p.key.type, 'string');
        assert.equal(p.parent, node);
        assert.equal(p.key.parent, p);
        const explicit = text.slice(0, p.key.offset).trimEnd().endsWith('?');
        assert.equal(p.offset, p.key.offset, `property at ${p.key.offset} starts at its key`);
        const value = p.value!;
        const valueEnd = value.offset + value.length;
        const empty = value.type === 'null' && value.length === 0 && !explicit;
        assert.equal(
          p.offset + p.length,
          empty ? p.key.offset + p.key.length : valueEnd,
          `end of property ${p.key.value}`,
        );
        if (p.key.value === '$ref') refs.push(value);
        visit(p.key, p);
        visit(value, p);
      }
      if (flow) assert.equal(text[end - 1], '}', `flow mapping at ${node.offset} ends at its brace`);
      else {
        const last = node.properties[node.properties.length - 1];
        const first = node.properties[0];
        const explicitFirst = text.slice(0, first.offset).trimEnd().endsWith('?');
        assert.equal(node.offset, explicitFirst ? text.lastIndexOf('?', first.offset) : first.offset);
        assert.equal(end, last.offset + last.length, `block mapping at ${node.offset} ends with its last entry`);
      }
    } else if (node.type === 'array') {
      for (const item of node.items) visit(item, node);
      if (text[node.offset] === '[') assert.equal(text[end - 1], ']', `flow sequence at ${node.offset}`);
      else {
        assert.equal(text[node.offset], '-');
        const last = node.items[node.items.length - 1];
        assert.equal(end, last.offset + last.length, `block sequence at ${node.offset} ends with its last item`);
      }
    } else if (text[node.offset] === '|' || text[node.offset] === '>') {
      const lines = text.slice(node.offset).split('\n');
      const headerLine = text.slice(text.lastIndexOf('\n', node.offset) + 1);
      const parentIndent = headerLine.length - headerLine.trimStart().length;
      let at = node.offset + lines[0].length + 1;
      let contentEnd = at;
      for (const line of lines.slice(1)) {
        if (line.trim() !== '' && line.length - line.trimStart().length <= parentIndent) break;
        at += line.length + 1;
        if (line.trim() !== '') contentEnd = Math.min(at, text.length);
      }
      assert.equal(end, contentEnd, `block scalar at ${node.offset} ends after its last content line`);
    }
  };
  if (result.root) visit(result.root, undefined);
  assert.deepEqual(
    (result.refs ?? []).map((n) => n.offset).sort((a, b) => a - b),
    refs.map((n) => n.offset).sort((a, b) => a - b),
    'the $ref values',
  );
  for (const ref of result.refs ?? []) assert.ok(refs.includes(ref), 'refs holds the tree nodes themselves');
}

/** The fast path takes `text` and builds the full parser's tree; `byHand` replaces the full parser's answer for the
 * nodes at these offsets where it is the one that is wrong (each case says why). */
function assertTaken(text: string, byHand: Record<number, string> = {}): ParseResult {
  const quick = parseYamlFast(text);
  assert.ok(quick, `the fast path gave up on ${JSON.stringify(text)}`);
  const full = parseYamlFull(text);
  const expected = dump(full.root, text).map((line) => {
    const offset = Number(line.split(' ')[1].split('+')[0]);
    return byHand[offset] ?? line;
  });
  assert.deepEqual(dump(quick.root, text), expected, JSON.stringify(text));
  assert.deepEqual(
    quick.problems.map((p) => [p.rule, p.message, p.offset, p.length]),
    full.problems.map((p) => [p.rule, p.message, p.offset, p.length]),
    `problems of ${JSON.stringify(text)}`,
  );
  checkSpans(quick, text);
  return quick;
}

function assertGivesUp(text: string): void {
  assert.equal(parseYamlFast(text), undefined, `the fast path took ${JSON.stringify(text)}`);
}

describe('document start and end', () => {
  test('blank lines, a document marker with spaces after it, a value that is three dashes', () => {
    assertTaken('\na: 1\n');
    assertTaken('\n\n  \na: 1\n');
    assertTaken('--- \na: 1\n');
    assertTaken('a: ---\n');
    assertTaken('a: 1\n.b: 2\n');
    assertTaken('a: 1\n--b: 2\n');
    assertTaken('-a: 1\n');
  });
  test('a second document, a document end or a directive after the first line', () => {
    assertGivesUp('a: 1\n--- b: 2\n');
    assertGivesUp('a: 1\n... b: 2\n');
    assertGivesUp('a: 1\n---\n');
    assertGivesUp('---x\na: 1\n');
    assertGivesUp('--- # c\na: 1\n');
  });
  test('a first line that is indented', () => {
    assertGivesUp('  a: 1\n');
    assertGivesUp('\n  - a\n');
  });
});

describe('block mappings', () => {
  test('keys with spaces, colons, trailing spaces and dashes', () => {
    assertTaken('a b: 1\n');
    assertTaken('a:b: 1\n');
    assertTaken('a : 1\n');
    assertTaken('a  :   1  \n');
    assertTaken('x:\n  -a: 1\n  b: -c\n');
    assertTaken('a: x  \nb: y  # c\n');
  });
  test('empty values: null after the colon, the property ends with its key', () => {
    const r = assertTaken('a:\nb: ~\nc: 1\n');
    const [a, b] = (r.root as { properties: { length: number }[] }).properties;
    assert.equal(a.length, 1);
    assert.equal(b.length, 4);
    assertTaken('x:\n  a:\n  b:\n');
    assertTaken('a: # c\nb: 1\n');
    assertTaken('a: # c\n  b: 1\n');
  });
  test('a value block at the same indentation is a sequence only', () => {
    assertTaken('x:\n  a:\n  - y\n  b: 1\n');
    assertTaken('a:\n- x\n- y\n');
  });
  test('duplicate keys in a large mapping are found like in a small one', () => {
    let text = '';
    for (let i = 0; i < 20; i++) text += `k${i}: ${i}\n`;
    assertTaken(`${text}k3: again\nk18: again\n`);
    assertTaken(`${text.replace('k17', 'k2')}`);
  });
  test('an empty key, a key without a colon, a deeper line after an entry', () => {
    assertGivesUp(': 1\n');
    assertGivesUp('x:\n  : 1\n');
    assertGivesUp('a: 1\nb\n');
    assertGivesUp('a: 1\nb\nc: 2\n');
    assertGivesUp('a: [x]\n  y: 1\n');
    assertGivesUp('a: "x"\n  y: 1\n');
    assertGivesUp('"a" b\n');
    assertGivesUp('"a" : 1\n');
  });
});

describe('block sequences', () => {
  test('compact mappings with quoted or colon-bearing keys, and values that only look like keys', () => {
    assertTaken('- \'a\': 1\n- "b": 2\n');
    assertTaken('- \'a:\'\n- "b:"\n');
    assertTaken('- \'a: b\'\n- "c: d"\n');
    assertTaken('- "a\n  \\":x"\n');
    assertTaken('- a:b: 1\n');
    assertTaken('- a:b\n- http://x\n');
    assertTaken('- a #c: 1\n');
    assertTaken('- a: 1 # c\n');
    assertTaken('- a: 1 # c: d\n');
    assertTaken('x:\n  - a\n  - b: 1\n    c: 2\n');
    assertTaken('x:\n  a:\n  - y\n');
  });
  test('an item on the next line', () => {
    assertTaken('-\n  a: 1\n- # c\n  b: 2\n');
  });
  test('empty items (the full parser drops them from the sequence)', () => {
    assertGivesUp('-\n- x\n');
    assertGivesUp('- # c\n- x\n');
    assertGivesUp('- x\n-\n');
    assertGivesUp('- a: 1\n-\n');
    assertGivesUp('- x\n- # c\n');
    assertGivesUp('- !Ref\n- x\n');
    assertGivesUp('a: !Ref\nb: 1\n');
    assertGivesUp('x:\n  a:\n -- y\n');
  });
  test('a sequence item where a value must be', () => {
    assertGivesUp('a: - x\n');
    assertGivesUp('a: x\n  -\n');
    assertGivesUp('? a\n: - b: 1\n');
  });
});

describe('explicit keys', () => {
  test('a compact mapping, a block or nothing after the colon; nested', () => {
    assertTaken('? a\n: b: 1\n  c: 2\n');
    assertTaken('? a\n:   b: 1\n');
    assertTaken('? a\n:\n  b: 1\n');
    assertTaken('x:\n  ? a\n  : 1\n  ? b\n  : c: 2\n');
    assertTaken('? a\n: x\n');
  });
  test('at the end of the text the empty value sits after the colon', () => {
    // The full parser puts it on the colon itself; after it is where `a:` puts it.
    assertTaken('? a\n:', { 4: 'null 5+0 null' });
  });
  test('what an explicit key cannot be', () => {
    assertGivesUp('? "q"\n: 1\n');
    assertGivesUp('? [a]\n: 1\n');
    assertGivesUp('? a\n');
    assertGivesUp('? a\n  : 1\n');
    assertGivesUp('? a\nb: 1\n');
    assertGivesUp('? a\n:x\n');
    assertGivesUp('? a\nb 1\n');
    assertGivesUp('x:\n  ? a\n z: 1\n');
    assertGivesUp('?x\n: 1\n');
  });
});

describe('plain scalars over several lines', () => {
  test('folded lines, blank lines with spaces, a sibling or a comment after them', () => {
    assertTaken('a: x\n  y\nb: 1\n');
    assertTaken('a: x\n  y\n# c\nb: 1\n');
    assertTaken('a: plain\n  \n  more\n');
    assertTaken('a: x\n\n\n  y\n');
    assertTaken('x:\n  a: p\n    q\n  b: 1\n');
  });
  test('a comment inside, or more-indented lines after a comment', () => {
    assertGivesUp('a: x\n  y\n  # c\n  z\n');
    assertGivesUp('a: x\n  # c\n  z\n');
  });
});

describe('quoted scalars', () => {
  test('folding: trailing spaces go, blank lines (also of spaces) become line breaks', () => {
    // YAML drops the spaces before a folded line break; the full parser keeps them.
    assertTaken('a: "x y  \n  z"\n', { 3: 'string 3+11 "x y z" quoted' });
    assertTaken('a: "x \n  y"\n', { 3: 'string 3+8 "x y" quoted' });
    assertTaken("a: 'x  \n\n  y'\n", { 3: 'string 3+10 "x\\ny" quoted' });
    assertTaken('a: "x\n  \n  y"\n');
    assertTaken('x:\n  a: "p\n    q"\n');
    assertTaken('a: "x\\\n  y"\n');
  });
  test('after the closing quote: a comment, nothing else', () => {
    assertTaken('a: "x" #c\n');
    assertTaken("a: 'x'   # c\nb: [x] #c\n");
    assertGivesUp('a: "x" y\n');
    assertGivesUp('a: "x"#c\n');
    assertGivesUp('a: [x]#c\n');
  });
  test('continuation lines not indented past the key, and unterminated quotes', () => {
    assertGivesUp('a: "x\ny"\n');
    assertGivesUp('x:\n  a: "y\n  z"\n');
    assertGivesUp('a: "x\\\ny"\n');
    assertGivesUp('x:\n  a: "y\\\n  z"\n');
    assertGivesUp('a: "x\\\n\n  y"\n');
    assertGivesUp('a: "x\\\n    \n  y"\n');
    assertGivesUp('a: "x\n  y');
    assertGivesUp('a: "x\n  y\\');
    assertGivesUp('a: "x');
    assertGivesUp("a: 'x\n");
    assertGivesUp("a: 'x\n  y\n");
  });
  test('a quoted key cannot run over lines', () => {
    assertGivesUp("'a\n  b': 1\n");
    assertGivesUp('"a\n  b": 1\n');
  });
  test('escapes: hexadecimal ones need all their digits', () => {
    assertTaken('a: "\\x41\\u00e9\\U0001F600"\n');
    assertGivesUp('a: "\\x4G"\n');
    assertGivesUp('a: "\\u12"\n');
    assertGivesUp('a: "\\q"\n');
  });
});

describe('block scalars', () => {
  test('headers: trailing spaces, a comment, chomping and indentation indicators', () => {
    assertTaken('a: |  \n  x\n');
    assertTaken('a: |-  # c\n  x\n');
    assertTaken('a: >\n\n  x\n');
    assertTaken('a: |2\n\n  x\n');
    assertTaken('a: |1\n\n x\n  y\n');
    assertTaken('a: >\n  x\n\n    y\n');
  });
  test('an indentation indicator sets the content column (the full parser adds a line break before it)', () => {
    // `|1-` under a key at column 0: content at column 1, stripped.
    assertTaken('a: |1-\n x\n', { 3: 'string 3 "x"' });
    // `|2` under a key at column 2: content at column 4.
    assertTaken('x:\n  a: |2\n    y\n', { 8: 'string 8 "y\\n"' });
    // `>2` at column 0: the two spaces are indentation, not content.
    assertTaken('a: >2\n  x\n', { 3: 'string 3 "x\\n"' });
  });
  test('keep chomping keeps the trailing blank lines (the full parser drops them)', () => {
    assertTaken('a: |+\n  x\n\nb: 1\n', { 3: 'string 3 "x\\n\\n"' });
    assertTaken('a: >+\n  x\n  y\n\n\nb: 1\n', { 3: 'string 3 "x y\\n\\n\\n"' });
    assertTaken('a: |+\n  x\nb: 1\n', { 3: 'string 3 "x\\n"' });
  });
  test('blank lines: leading, inside, of spaces up to the content column', () => {
    assertTaken('a: |\n\n  x\n  y\n');
    assertTaken('a: |\n  x\n \n  y\n');
    assertTaken('a: |\n  x\n  \n  y\n');
    assertTaken('  \na: |\n  x\n');
  });
  test('not on the first line, at the end of the text, followed by a sibling', () => {
    assertTaken('x: 1\na: |\n  y\n  z\n');
    assertTaken('x: 1\na: >\n  y\n\n  z\nb: 2\n');
    assertTaken('a: |\n  x');
    assertTaken('a: |-\n  x\nb: |\n  y');
    assertTaken('- |\n  x\n- >-\n  y\n');
  });
  test('empty block scalars, odd headers, blank lines past the content column', () => {
    assertGivesUp('a: |\nb: 1\n');
    assertGivesUp('a: |\n');
    assertGivesUp('a: >|\n  x\n');
    assertGivesUp('a: |+-\n  x\n');
    assertGivesUp('a: |\n  x\n     \n  y\n');
    assertGivesUp('a: >1\n\n x\n');
  });
});

describe('flow collections', () => {
  test('empty values in a flow mapping sit after their colon (the full parser gives them no position)', () => {
    const r = assertTaken('a: {k:, j: 1}\n', { [-1]: 'null 6+0 null' });
    const k = (r.root as { properties: { value: { properties: { length: number }[] } }[] }).properties[0].value
      .properties[0];
    assert.equal(k.length, 1);
    assertTaken('a: {k: }\n', { [-1]: 'null 6+0 null' });
  });
  test('keys and values with spaces, colons, hashes and dashes; quoted keys', () => {
    assertTaken('a: {k x: 1, k : 2, "q": 3, \'s\': 4}\n');
    assertTaken('a: [a :b, x#y, x , -x, -1]\n');
    assertTaken('a: {$ref: "#/x"}\nb: [{$ref: y}]\n');
    assertTaken('a: [\n  x ,\n  y\n]\n');
  });
  test('what follows an item must be a comma or the closing bracket', () => {
    assertGivesUp("a: ['x' y]\n");
    assertGivesUp('a: [[a] b]\n');
    assertGivesUp("a: {k: 'v' x}\n");
    assertGivesUp("a: {k: 'v' x: 1}\n");
    assertGivesUp('a: {"k" 1}\n');
    assertGivesUp("a: {'k' x: 1}\n");
  });
  test('keys without a value, empty keys, keys and values that are indicators or pairs', () => {
    assertGivesUp('a: {k}\n');
    assertGivesUp('a: {k, j: 1}\n');
    assertGivesUp('a: {k,1}\n');
    assertGivesUp('a: {: 1}\n');
    assertGivesUp('a: { : 1}\n');
    assertGivesUp('a: {&k: 1}\n');
    assertGivesUp('a: [k: v]\n');
    assertGivesUp('a: [&x]\n');
    assertGivesUp('a: [-]\n');
    assertGivesUp('a: [- x]\n');
    assertGivesUp('a: [x, -]\n');
    assertGivesUp('a: [-');
  });
  test('tags in flow: one, well formed, before the value', () => {
    assertTaken('a: [!Ref x, !GetAtt a.b]\n');
    assertGivesUp('a: [! x]\n');
    assertGivesUp('a: [!!str x]\n');
    assertGivesUp('a: [! !Ref x]\n');
  });
  test('the text ends inside a collection', () => {
    assertGivesUp('a: [x');
    assertGivesUp('a: [x,');
    assertGivesUp('a: {k');
    assertGivesUp('a: {k: v');
    assertGivesUp('a: {');
  });
});

describe('tags', () => {
  test('a tag is followed by a space or the end of the line', () => {
    assertTaken('a: !Ref\n  b: 1\n');
    assertGivesUp('a: !Ref[x]\n');
    assertGivesUp('a: !Ref"x"\n');
  });
  test('a tag longer than any CloudFormation tag is left to the full parser', () => {
    assertTaken(`a: !${'T'.repeat(60)} x\n`);
    assertGivesUp(`a: !${'T'.repeat(70)} x\n`);
  });
});

describe('nesting depth', () => {
  // The full parser reads 400 levels and reports deeper ones; the fast path draws the line at the same place, so a
  // document it takes is never one the full parser would report as too deep. Every kind of nesting counts.
  const forms: Record<string, [(n: number) => string, number]> = {
    'block mappings': [
      (n) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:\n`).join('')}${' '.repeat(n)}v: 1\n`,
      399,
    ],
    'compact sequences': [(n) => `${'- '.repeat(n)}x\n`, 400],
    'compact mappings in sequences': [
      (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- k:\n`).join(''),
      200,
    ],
    'explicit keys': [
      (n) => {
        let s = '';
        let ind = '';
        for (let i = 0; i < n; i++) {
          s += `${ind}? k\n${ind}: \n`;
          ind += '  ';
        }
        return `${s}${ind}v: 1\n`;
      },
      399,
    ],
    'compact mappings after explicit keys': [
      (n) => {
        let s = '? k\n';
        let ind = '';
        for (let i = 0; i < n; i++) {
          s += `${ind}: a:\n`;
          ind += '    ';
          s += `${ind}? k\n`;
        }
        return `${s}${ind}: 1\n`;
      },
      199,
    ],
    'a compact mapping as the deepest explicit value': [
      (n) => {
        let s = '? k\n';
        let ind = '';
        for (let i = 0; i < n; i++) {
          s += `${ind}: a:\n`;
          ind += '    ';
          s += `${ind}? k\n`;
        }
        return `${s}${ind}: b: 1\n`;
      },
      199,
    ],
  };
  for (const [what, [make, deepest]] of Object.entries(forms))
    test(what, () => {
      assert.deepEqual(parseYamlFull(make(deepest)).problems, []);
      assert.ok(parseYamlFull(make(deepest + 1)).problems.length > 0);
      assertTaken(make(deepest));
      assertGivesUp(make(deepest + 1));
    });
  test('flow collections (the fast path stops one level before the full parser)', () => {
    assertTaken(`a: ${'['.repeat(399)}${']'.repeat(399)}\n`);
    assertGivesUp(`a: ${'['.repeat(401)}${']'.repeat(401)}\n`);
  });
  test('depth is nesting, not the number of collections in the document', () => {
    const many = (entry: (i: number) => string) => Array.from({ length: 450 }, (_, i) => entry(i)).join('');
    assertTaken(many((i) => `k${i}:\n  a: 1\n`));
    assertTaken(many((i) => `- a${i}: 1\n`));
    assertTaken(many((i) => `- - ${i}\n`));
    assertTaken(many((i) => `? k${i}\n: a: 1\n`));
    assertTaken(many((i) => `k${i}: {a: [1]}\n`));
  });
});
