/** Hostile texts through the parsers and the checks: each ends in one clear diagnostic, never a crash or a hang. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { MAX_ALIAS_NODES } from '../../../../server/src/service/parser/yamlParser';
import { toJson } from '../../../../server/src/service/document/toJson';
import { applyIncrementalEdit } from '../../../../server/src/service/parser/incremental';
import { parse } from '../../../../server/src/service/parser/parse';
import { aliasBomb, deepJson, deepYaml } from '../../../support/hostile';
import { treeDump } from '../../../support/treeShape';

const service = getLanguageService();
const diagnose = (lang: string, text: string) =>
  service.validate(service.parseDocument(`file:///h.${lang}`, lang, 1, text));

describe('hostile documents', () => {
  test('an alias bomb (ten levels of ten aliases) is refused with one diagnostic at the alias', () => {
    const text = aliasBomb(10);
    const doc = service.parseDocument('file:///bomb.yaml', 'yaml', 1, text);
    assert.equal(doc.parsed.root, undefined, 'no half-expanded tree is kept');
    const diagnostics = service.validate(doc);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].code, 'syntax');
    assert.match(String(diagnostics[0].message), /alias/i);
    assert.equal(text.slice(doc.text.offsetAt(diagnostics[0].range.start)).slice(0, 1), '*', 'placed on an alias');
  });

  test('anchors that expand to fewer values than the cap are read as before', () => {
    // Two levels: 1,000 values.
    const doc = service.parseDocument('file:///fine.yaml', 'yaml', 1, aliasBomb(2));
    assert.ok(doc.parsed.root);
    assert.deepEqual(
      service.validate(doc).filter((d) => d.code === 'syntax'),
      [],
    );
    const json = toJson(doc.parsed.root) as Record<string, unknown[][]>;
    assert.equal(json['x-a2'].flat(2).length, 1000);
    assert.ok(MAX_ALIAS_NODES > 1000);
  });

  for (const lang of ['json', 'jsonc']) {
    test(`JSON (${lang}) nested 10,000 deep gets a syntax diagnostic, as YAML does`, () => {
      const diagnostics = diagnose(lang, deepJson(10_000));
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['syntax'],
      );
      assert.match(String(diagnostics[0].message), /Nesting deeper than 400 levels/);
    });
  }

  test('completion and hover in a document too deep to read answer nothing, without overflowing', () => {
    for (const [lang, text] of [
      ['json', deepJson(10_000)],
      ['yaml', deepYaml(10_000)],
      ['yaml', aliasBomb(10)],
    ]) {
      const doc = service.parseDocument(`file:///d.${lang}`, lang, 1, text);
      for (const offset of [0, 100, text.length / 2, text.length - 3]) {
        const position = doc.text.positionAt(offset);
        assert.deepEqual(service.complete(doc, position).items, []);
        service.hover(doc, position);
      }
    }
  });

  test('YAML nested 10,000 deep gets a syntax diagnostic', () => {
    const diagnostics = diagnose('yaml', deepYaml(10_000));
    assert.ok(
      diagnostics.some((d) => d.code === 'syntax' && /Nesting deeper/.test(String(d.message))),
      JSON.stringify(diagnostics),
    );
  });

  test('brackets inside strings and comments do not count as nesting', () => {
    const text = `{"openapi": "3.0.1", "info": {"title": "${'['.repeat(1000)}", "version": "1"}, /* ${'{'.repeat(1000)} */ "paths": {}}`;
    const doc = service.parseDocument('file:///s.jsonc', 'jsonc', 1, text);
    assert.equal(doc.kind, 'definition');
    assert.deepEqual(
      service.validate(doc).filter((d) => /Nesting/.test(String(d.message))),
      [],
    );
  });

  test('the incremental patch reads an edit given end-first as its reverse, and refuses one outside the text', () => {
    const text = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-note: mock\n";
    const at = text.indexOf('mock');
    // "mock" → "mack": replace the "o", written from its end.
    const patched = applyIncrementalEdit(parse(text, 'yaml'), text, { offset: at + 2, removed: -1, text: 'a' });
    const edited = text.replace('mock', 'mack');
    assert.ok(patched, 'patched, not parsed again');
    assert.deepEqual(treeDump(patched.root), treeDump(parse(edited, 'yaml').root));
    assert.equal(
      applyIncrementalEdit(parse(text, 'yaml'), text, { offset: text.length - 2, removed: 5, text: 'a' }),
      undefined,
    );
    assert.equal(applyIncrementalEdit(parse(text, 'yaml'), text, { offset: -3, removed: 1, text: 'a' }), undefined);
  });
});
