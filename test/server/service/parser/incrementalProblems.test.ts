/**
 * The incremental patch keeps the parse problems a fresh parse would report: an edit elsewhere never drops a
 * duplicate key, and renaming a key into a duplicate is never patched over silently.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyIncrementalEdit, type SingleEdit } from '../../../../server/src/service/parser/incremental';
import { parse, type SyntaxKind } from '../../../../server/src/service/parser/parse';

function afterEdit(text: string, kind: SyntaxKind, edit: SingleEdit) {
  const next = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.removed);
  const patched = applyIncrementalEdit(parse(text, kind), text, edit);
  return { patched: patched ?? parse(next, kind), fresh: parse(next, kind) };
}

const rules = (r: { problems: { rule?: string }[] }) => r.problems.map((p) => p.rule ?? 'syntax').sort();

describe('incremental edits keep parse problems', () => {
  for (const kind of ['yaml', 'json'] as const) {
    const text = kind === 'yaml' ? 'a: "one"\nb: "two"\na: "three"\n' : '{"a": "one", "b": "two", "a": "three"}';
    test(`${kind}: typing in a value of a document with a duplicate key keeps the duplicate-key problem`, () => {
      const at = text.indexOf('two') + 1;
      const { patched, fresh } = afterEdit(text, kind, { offset: at, removed: 0, text: 'x' });
      // YAML's parser reports duplicate keys; for JSON they are a rule's business, and the problems must still agree.
      if (kind === 'yaml') assert.ok(rules(fresh).includes('duplicate-key'), 'the fresh parse reports it');
      assert.deepEqual(rules(patched), rules(fresh));
    });

    const clean = kind === 'yaml' ? 'a: "one"\nb: "two"\n' : '{"a": "one", "b": "two"}';
    test(`${kind}: renaming a key into a duplicate reports it`, () => {
      const at = clean.indexOf('b');
      const { patched, fresh } = afterEdit(clean, kind, { offset: at, removed: 1, text: 'a' });
      if (kind === 'yaml') assert.ok(rules(fresh).includes('duplicate-key'));
      assert.deepEqual(rules(patched), rules(fresh));
    });
  }
});
