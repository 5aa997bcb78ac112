/**
 * Incremental re-use of the tree after typing inside a string: for many random edits in real definitions, the
 * patched tree must equal a full parse of the new text, node for node.
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
});
