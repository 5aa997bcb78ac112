import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addToHistory,
  historyFor,
  historyKey,
  maxHistoryEntries,
  parseHistory,
  withoutSecrets,
  type HistoryEntry,
} from '../../../../client/src/invoke/core/history';
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

describe('request history: what is kept and what is matched', () => {
  test('every credential header is blanked, whatever its case or spacing; the API key too', () => {
    const names = ['authorization', 'X-Api-Key', ' cookie ', 'x-amz-security-token', 'Proxy-Authorization'];
    const [stored] = addToHistory(
      [],
      entry(form({ apiKey: 'k', headers: [...names.map((n): [string, string] => [n, 'secret']), ['accept', 'a']] }), 1),
    );
    assert.deepEqual(stored.form.headers, [...names.map((n) => [n, '']), ['accept', 'a']]);
    assert.equal(withoutSecrets(form({ apiKey: 'k' })).apiKey, '');
    assert.deepEqual(stored.target, target, 'the rest of the entry is kept');
    assert.equal(stored.status, 200);
  });

  test('two runs that differ only by a secret are the same entry', () => {
    let h = addToHistory([], entry(form({ apiKey: 'one' }), 1));
    h = addToHistory(h, entry(form({ apiKey: 'two' }), 2));
    assert.deepEqual(
      h.map((e) => e.at),
      [2],
    );
  });

  test('the same request on another API, path or method is another entry', () => {
    const base = entry(form(), 1);
    let h = addToHistory([], base);
    for (const change of [{ apiId: 'other' }, { pathTemplate: '/x' }, { operationMethod: 'POST' }])
      h = addToHistory(h, { ...base, target: { ...target, ...change } });
    assert.equal(h.length, 4);
    assert.equal(historyKey(base), historyKey({ ...base, target: { ...target, apiType: 'HTTP' } }));
    assert.notEqual(historyKey(base), historyKey({ ...base, target: { ...target, apiId: undefined } }));
    assert.equal(
      historyKey({ ...base, target: { ...target, apiId: undefined } }),
      historyKey({ ...base, target: { ...target, apiId: '' } }),
    );
  });

  test('the bound is 50 entries by default, and a bound below one keeps nothing', () => {
    let h: HistoryEntry[] = [];
    for (let i = 0; i < maxHistoryEntries + 5; i++)
      h = addToHistory(h, entry(form({ pathParams: { id: String(i) } }), i));
    assert.equal(maxHistoryEntries, 50);
    assert.equal(h.length, 50);
    assert.equal(h[0].at, 54);
    assert.deepEqual(addToHistory(h, entry(form(), 99), 0), []);
    assert.deepEqual(addToHistory(h, entry(form(), 99), -1), []);
  });

  test('filters by API, path and method (an entry without an API matches a target without one)', () => {
    const e = (over: Partial<HistoryEntry['target']>) => ({ ...entry(form(), 1), target: { ...target, ...over } });
    const noApi = e({ apiId: undefined });
    const history = [e({}), e({ apiId: 'x' }), e({ pathTemplate: '/x' }), e({ operationMethod: 'PUT' }), noApi];
    assert.deepEqual(historyFor(history, target), [history[0]]);
    assert.deepEqual(historyFor(history, { ...target, apiId: undefined }), [noApi]);
    assert.deepEqual(historyFor(history, { ...target, apiType: 'HTTP' }), [history[0]], 'the API type is not compared');
  });

  test('stored entries: each field checked, at most 50 read, optional fields kept only when well-typed', () => {
    const good = entry(form(), 5);
    const { apiId: _apiId, ...noApiTarget } = target;
    const bad = [
      { ...good, at: '5' },
      { ...good, target: { ...target, pathTemplate: 1 } },
      { ...good, target: { ...target, operationMethod: null } },
      { ...good, target: { ...target, apiType: undefined } },
      { ...good, target: null },
      { ...good, form: { ...good.form, sign: 'yes' } },
    ];
    assert.deepEqual(parseHistory(bad), []);
    assert.deepEqual(parseHistory([{ ...good, target: { ...target, apiId: 7 }, status: '200' }]), [
      { target: noApiTarget, form: good.form, at: 5 },
    ]);
    assert.deepEqual(parseHistory([{ ...good, extra: 'x', target: { ...target, extra: 'y' } }]), [good]);
    const many = Array.from({ length: 60 }, (_, i) => entry(form(), i));
    assert.equal(parseHistory(many).length, 50);
    assert.deepEqual(parseHistory({ 0: good }), []);
  });
});
