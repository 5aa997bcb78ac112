// The "Render Template…" lens of a whole .vtl file: its label is the file's name, decoded as the address carries it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

function labels(uri: string): unknown[] {
  const doc = service.parseDocument(uri, 'velocity', 1, '$input.json("$")\n');
  return service.codeLenses(doc).map((l) => (l.command?.arguments?.[0] as { label?: string }).label);
}

test("a .vtl file's lens is labelled with its decoded name; a name with a broken escape stays as written", () => {
  assert.deepEqual(labels('file:///w/my%20mapping.vtl'), ['my mapping.vtl']);
  // A client that sends a `%` unescaped made the lenses (and so the whole code-lens request) fail.
  assert.deepEqual(labels('file:///w/50%.vtl'), ['50%.vtl']);
});
