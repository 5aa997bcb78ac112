/**
 * Incremental re-use of the tree after typing inside a string: for many random edits in real definitions, the
 * patched tree must equal a full parse of the new text, node for node. Also the edits the fuzzer found patched
 * wrongly (characters YAML does not allow, first characters that change the parser, what a deletion leaves).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { AstNode } from '../../../../server/src/service/parser/ast';
import { applyIncrementalEdit, SingleEdit } from '../../../../server/src/service/parser/incremental';
import { parse, SyntaxKind } from '../../../../server/src/service/parser/parse';
import { listFixtures, sharedDir } from '../../../support/fixtures';
import { random } from '../../../support/random';
import { treeDump } from '../../../support/treeShape';

function strings(node: AstNode | undefined, out: AstNode[] = []): AstNode[] {
  if (!node) return out;
  if (node.type === 'object')
    for (const p of node.properties) {
      out.push(p.key);
      strings(p.value, out);
    }
  else if (node.type === 'array') node.items.forEach((i) => strings(i, out));
  else if (node.type === 'string') out.push(node);
  return out;
}

const files = [
  ...listFixtures(path.join(sharedDir, 'corpus', 'valid')).filter((_, i) => i % 3 === 0),
  path.join(sharedDir, 'corpus', 'large', 'twilio__twilio-oai', 'spec', 'yaml', 'twilio_api_v2010.yaml'),
];

describe('incremental edits', () => {
  test('patched trees equal full parses for random edits inside strings', () => {
    const next = random(42);
    let incremental = 0;
    let total = 0;
    for (const file of files) {
      const original = fs.readFileSync(file, 'utf8');
      const syntax: SyntaxKind = file.endsWith('.json') ? 'json' : 'yaml';
      const edits = file.includes('twilio') ? 15 : 12;
      for (let i = 0; i < edits; i++) {
        const before = parse(original, syntax);
        const candidates = strings(before.root);
        if (!candidates.length) break;
        const target = candidates[Math.floor(next() * candidates.length)];
        const at = target.offset + Math.floor(next() * (target.length + 1));
        const kind = next();
        const edit: SingleEdit =
          kind < 0.5
            ? { offset: at, removed: 0, text: 'q' }
            : kind < 0.8
              ? { offset: at, removed: 1, text: '' }
              : { offset: at, removed: 1, text: 'Z' };
        const text = original.slice(0, edit.offset) + edit.text + original.slice(edit.offset + edit.removed);
        total++;
        const patched = applyIncrementalEdit(before, original, edit);
        if (!patched) continue;
        incremental++;
        const full = parse(text, syntax);
        assert.deepEqual(
          treeDump(patched.root),
          treeDump(full.root),
          `${path.basename(file)}: edit ${JSON.stringify(edit)}`,
        );
        assert.deepEqual(full.problems, [], `${path.basename(file)}: the full parse has no problems either`);
      }
    }
    console.log(`incremental path taken for ${incremental} of ${total} edits`);
    assert.ok(incremental > total / 3, `the incremental path is taken often enough (${incremental}/${total})`);
  });

  test('structure changes, type changes and escapes fall back to a full parse', () => {
    const text = 'a: abc\nb: "x\\ny"\nc: 12\n';
    const before = () => parse(text, 'yaml');
    assert.equal(applyIncrementalEdit(before(), text, { offset: 4, removed: 0, text: ':' }), undefined);
    assert.equal(applyIncrementalEdit(before(), text, { offset: 4, removed: 0, text: '\n' }), undefined);
    assert.equal(
      applyIncrementalEdit(before(), text, { offset: 11, removed: 0, text: 'q' }),
      undefined,
      'escaped string',
    );
    assert.equal(applyIncrementalEdit(before(), text, { offset: 20, removed: 0, text: '3' }), undefined, 'a number');
    assert.equal(
      applyIncrementalEdit(before(), text, { offset: 3, removed: 1, text: '1' }),
      undefined,
      'string becomes a number',
    );
    const ok = applyIncrementalEdit(before(), text, { offset: 5, removed: 0, text: 'z' });
    assert.ok(ok);
  });

  // The fuzzer's case 166 (seed 1616): an edit over part of the key `EnableFunctionDefaultPermissions` in a SAM
  // template that the full YAML parser reads. Typing a NUL there made the patched key hold it, while the full parser
  // stops reading at a NUL; control characters and lone surrogates are errors to it. Every edit around that place
  // must give the tree a fresh parse gives.
  test('edits around fuzz case 166 (seed 1616) give the tree of a fresh parse', () => {
    const file = path.join(
      sharedDir,
      'corpus',
      'valid',
      'aws-samples__serverless-patterns',
      'apigw-sqs-lambda-ddb',
      'template.yaml',
    );
    const original = fs.readFileSync(file, 'utf8');
    const key = original.indexOf('EnableFunctionDefaultPermissions');
    assert.ok(key > 0);
    const texts = [
      '\u0000',
      '\u0000type',
      '\ud800',
      'true\udc00',
      '\u0001',
      '\u007f',
      '\ufeff',
      '',
      'a',
      'true',
      '?',
      '-',
    ];
    let before = parse(original, 'yaml');
    let patchedCount = 0;
    let checked = 0;
    for (let at = key - 2; at <= key + 34; at++)
      for (const removed of [0, 1, 2, 20])
        for (const text of texts) {
          const edit: SingleEdit = { offset: at, removed, text };
          const patched = applyIncrementalEdit(before, original, edit);
          checked++;
          if (!patched) continue;
          patchedCount++;
          const next = original.slice(0, at) + text + original.slice(at + removed);
          const full = parse(next, 'yaml');
          assert.deepEqual(treeDump(patched.root), treeDump(full.root), `edit ${JSON.stringify(edit)}`);
          assert.deepEqual(full.problems, [], `edit ${JSON.stringify(edit)}: the full parse has no problems either`);
          before = parse(original, 'yaml'); // the patch changed the tree in place
        }
    assert.ok(patchedCount > 50, `ordinary typing in the key is still patched (${patchedCount} of ${checked})`);
  });

  test('characters YAML refuses, indicators first in a plain scalar and what a deletion leaves are parsed in full', () => {
    const fast = 'openapi: 3.0.1\ninfo:\n  title: plain title here\n  version: v1\npaths: {}\n';
    const full = `${fast}x-arn: !GetAtt Fn.Arn\n`; // a tag and a NUL: the full parser reads this one
    for (const text of [fast, full]) {
      const title = text.indexOf('plain');
      const cases: [string, SingleEdit][] = [
        ['a NUL', { offset: title + 2, removed: 0, text: '\u0000' }],
        ['a control character', { offset: title + 2, removed: 1, text: '\u0001' }],
        ['a lone surrogate', { offset: title + 2, removed: 0, text: '\ud800' }],
        ['a byte order mark', { offset: title + 2, removed: 0, text: '\ufeff' }],
        ['`?` first', { offset: title, removed: 0, text: '?' }],
        ['`-` first', { offset: title, removed: 1, text: '-' }],
        ['a trailing space left', { offset: title + 'plain title '.length, removed: 4, text: '' }],
        ['a leading space left', { offset: title, removed: 5, text: '' }],
      ];
      for (const [what, edit] of cases) {
        assert.equal(applyIncrementalEdit(parse(text, 'yaml'), text, edit), undefined, what);
      }
      // ` #` and `: ` formed by a deletion: a comment, a mapping.
      const hashed = text.replace('plain title here', 'plain x#y');
      const at = hashed.indexOf('x#y');
      assert.equal(
        applyIncrementalEdit(parse(hashed, 'yaml'), hashed, { offset: at, removed: 1, text: '' }),
        undefined,
      );
      const coloned = text.replace('plain title here', 'plain:x y');
      const c = coloned.indexOf('x y');
      assert.equal(
        applyIncrementalEdit(parse(coloned, 'yaml'), coloned, { offset: c, removed: 1, text: '' }),
        undefined,
      );
      // Typing an emoji (a whole surrogate pair) is still patched, and equals a fresh parse.
      const emoji = applyIncrementalEdit(parse(text, 'yaml'), text, {
        offset: title + 2,
        removed: 0,
        text: '\ud83d\ude00',
      });
      assert.ok(emoji);
      const typed = text.slice(0, title + 2) + '\ud83d\ude00' + text.slice(title + 2);
      assert.deepEqual(treeDump(emoji.root), treeDump(parse(typed, 'yaml').root));
    }
  });
});
