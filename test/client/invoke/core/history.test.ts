import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addToHistory, historyFor, parseHistory, type HistoryEntry } from '../../../../client/src/invoke/core/history';
import type { InvokeForm } from '../../../../client/src/invoke/core/types';

const form = (over: Partial<InvokeForm> = {}): InvokeForm => ({
  method: 'GET',
  stage: 'prod',
  mode: 'http',
  pathParams: { id: '1' },
  query: [],
  headers: [],
  body: '',
  stageVariables: [],
  sign: false,
  apiKey: '',
  ...over,
});
const target = { apiId: 'abc', apiType: 'REST', pathTemplate: '/pets/{id}', operationMethod: 'GET' };
const entry = (f: InvokeForm, at: number): HistoryEntry => ({ target, form: f, at, status: 200 });

describe('request history', () => {
  test('newest first, bounded', () => {
    let h: HistoryEntry[] = [];
    for (let i = 0; i < 5; i++) h = addToHistory(h, entry(form({ pathParams: { id: String(i) } }), i), 3);
    assert.deepEqual(
      h.map((e) => e.form.pathParams.id),
      ['4', '3', '2'],
    );
  });

  test('running the same request again moves it to the top instead of adding a copy', () => {
    let h = addToHistory([], entry(form(), 1));
    h = addToHistory(h, entry(form({ pathParams: { id: '2' } }), 2));
    h = addToHistory(h, entry(form(), 3));
    assert.deepEqual(
      h.map((e) => e.at),
      [3, 2],
    );
  });

  test('never stores the API key or credential headers', () => {
    const [stored] = addToHistory(
      [],
      entry(
        form({
          apiKey: 'secret',
          headers: [
            ['Authorization', 'Bearer t'],
            ['x-ok', 'kept'],
          ],
        }),
        1,
      ),
    );
    assert.equal(stored.form.apiKey, '');
    assert.deepEqual(stored.form.headers, [
      ['Authorization', ''],
      ['x-ok', 'kept'],
    ]);
  });

  test('filters by operation', () => {
    const other: HistoryEntry = { ...entry(form(), 2), target: { ...target, pathTemplate: '/other' } };
    assert.equal(historyFor([entry(form(), 1), other], target).length, 1);
  });

  test('stored data of any shape is read safely', () => {
    assert.deepEqual(parseHistory(undefined), []);
    assert.deepEqual(parseHistory([null, 1, { at: 1 }, { at: 1, target, form: { method: 'BAD' } }]), []);
    const good = entry(form(), 5);
    assert.deepEqual(parseHistory([good, 'junk']), [good]);
  });
});
