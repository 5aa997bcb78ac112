/**
 * The rule registry is the one list of ids users see: every registered id is reported by some rule module (or
 * by the parsers, the schema worker or the server), each module reports only the ids it lists, and an id that
 * is not registered fails to compile.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildDocument } from '../../../../server/src/service/document/model';
import {
  CORE_RULE_IDS,
  DEFINITION_RULES,
  DOCUMENT_RULES,
  RULES,
  TEMPLATE_RULES,
} from '../../../../server/src/service/validation/registry';
import { definitionRule } from '../../../../server/src/service/validation/rule';
import { validateDocument } from '../../../../server/src/service/validation/validate';
import { listFixtures } from '../../../support/fixtures';

const fixturesDir = path.join(__dirname, '..', '..', '..', 'fixtures', 'rules');

describe('rule registry', () => {
  test('each id is registered once, and reported by a rule module or by the core', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const reported = new Set([
      ...CORE_RULE_IDS,
      ...[...DEFINITION_RULES, ...TEMPLATE_RULES, ...DOCUMENT_RULES].flatMap((r) => r.reports),
    ]);
    assert.deepEqual(
      ids.filter((id) => !reported.has(id)),
      [],
    );
  });

  test('on every rule fixture, each module reports only the ids it lists, and users see only registered ids', () => {
    const errors: string[] = [];
    const registered = new Set<unknown>(RULES.map((r) => r.id));
    for (const file of listFixtures(fixturesDir)) {
      const doc = buildDocument(
        pathToFileURL(file).toString(),
        file.endsWith('.json') ? 'json' : 'yaml',
        1,
        fs.readFileSync(file, 'utf8'),
      );
      const diagnostics = validateDocument(
        doc,
        {},
        {},
        { error: (message) => errors.push(`${path.basename(file)}: ${message}`) },
      );
      for (const d of diagnostics)
        if (!registered.has(d.code)) errors.push(`${path.basename(file)}: unregistered code ${String(d.code)}`);
    }
    assert.deepEqual(errors, []);
  });

  test('a report of an id the module does not list fails to compile (checked by tsc -b)', () => {
    const rule = definitionRule({
      name: 'example',
      reports: ['cors-credentials'],
      check(ctx) {
        // @ts-expect-error: 'lambda-post' is registered, but this module does not list it.
        ctx.report('lambda-post', { offset: 0, length: 1 }, 'x');
        // @ts-expect-error: a typo is no registered id.
        ctx.report('cors-credential', { offset: 0, length: 1 }, 'x');
      },
    });
    assert.deepEqual(rule.reports, ['cors-credentials']);
  });
});
