import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSyncFilter, isCandidateDocument } from '../../../client/src/language/documentSync';

const definition = 'openapi: 3.0.1\ninfo:\n  title: pets\n';
const plainYaml = 'name: build\non: push\n';

describe('language client document filter', () => {
  test('only YAML/JSON documents on disk or untitled are candidates', () => {
    assert.equal(isCandidateDocument('yaml', 'file'), true);
    assert.equal(isCandidateDocument('jsonc', 'untitled'), true);
    assert.equal(isCandidateDocument('typescript', 'file'), false);
    assert.equal(isCandidateDocument('yaml', 'git'), false);
  });

  test('opens API Gateway documents and skips other files', () => {
    const filter = new DocumentSyncFilter();
    assert.equal(filter.onOpen('file:///a.yaml', definition), 'open');
    assert.equal(filter.onOpen('file:///ci.yaml', plainYaml), 'skip');
    assert.equal(filter.isSynced('file:///a.yaml'), true);
    assert.equal(filter.isSynced('file:///ci.yaml'), false);
  });

  test('mapping template files (.vtl, language velocity) are always synced, without a sniff', () => {
    const filter = new DocumentSyncFilter();
    assert.equal(isCandidateDocument('velocity', 'file'), true);
    assert.equal(filter.onOpen('file:///m.vtl', '#set($a = 1)', 'velocity'), 'open');
    assert.equal(
      filter.onChange('untitled:2', () => '', 'velocity'),
      'open',
    );
    assert.equal(filter.onOpen('file:///n.vtl.txt', '#set($a = 1)', 'plaintext'), 'skip');
  });

  test('a document typed into an API Gateway document is opened on the server once, then changed', () => {
    const filter = new DocumentSyncFilter();
    let text = 'info: {}\n';
    assert.equal(filter.onOpen('untitled:1', text), 'skip');
    assert.equal(
      filter.onChange('untitled:1', () => text),
      'skip',
    );
    text = 'swagger: "2.0"\n' + text;
    assert.equal(
      filter.onChange('untitled:1', () => text),
      'open',
    );
    assert.equal(
      filter.onChange('untitled:1', () => text),
      'change',
    );
  });

  test('changes to synced documents do not read the text again', () => {
    const filter = new DocumentSyncFilter();
    filter.onOpen('file:///a.yaml', definition);
    assert.equal(
      filter.onChange('file:///a.yaml', () => assert.fail('text read')),
      'change',
    );
  });

  test('a synced document stays synced when its markers are removed, until it is closed', () => {
    const filter = new DocumentSyncFilter();
    filter.onOpen('file:///a.yaml', definition);
    assert.equal(
      filter.onChange('file:///a.yaml', () => plainYaml),
      'change',
    );
    assert.equal(filter.onClose('file:///a.yaml'), 'close');
    assert.equal(filter.onClose('file:///a.yaml'), 'skip');
    assert.equal(filter.onClose('file:///never-opened.yaml'), 'skip');
  });

  test('a restarted server is sent every document again', () => {
    const filter = new DocumentSyncFilter();
    filter.onOpen('file:///a.yaml', definition);
    filter.reset();
    assert.equal(filter.isSynced('file:///a.yaml'), false);
    assert.equal(filter.onOpen('file:///a.yaml', definition), 'open');
  });
});
