// What a completion item inserts: key snippets by the value's type, YAML and JSON quoting, the replaced range,
// the comma JSON needs, and the filter text when a quote is already typed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver-types';
import type { TextEdit } from 'vscode-languageserver-types';
import { completions } from './helpers';

const integration = (body: string) =>
  `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n${body}`;
const newText = (c: ReturnType<typeof completions>, label: string) => (c.item(label).textEdit as TextEdit).newText;

describe('completion items: keys', () => {
  test('YAML: the value part by type (text, nested object, list, choice of values, boolean)', () => {
    const c = completions(integration('        type: aws\n        |\n'));
    assert.equal(newText(c, 'uri'), 'uri: $1');
    assert.equal(newText(c, 'requestTemplates'), 'requestTemplates:\n          $0');
    assert.equal(newText(c, 'cacheKeyParameters'), 'cacheKeyParameters:\n          - $0');
    assert.equal(newText(c, 'connectionType'), 'connectionType: ${1|INTERNET,VPC_LINK|}');
    assert.equal(newText(c, 'timeoutInMillis'), 'timeoutInMillis: $1');
    const tls = completions(integration('        type: http\n        tlsConfig:\n          |\n'));
    assert.equal(newText(tls, 'insecureSkipVerification'), 'insecureSkipVerification: ${1|true,false|}');
    const uri = c.item('uri');
    assert.equal(uri.kind, CompletionItemKind.Property);
    assert.equal(uri.detail, 'string');
    assert.equal(uri.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(uri.insertTextMode, InsertTextMode.asIs);
    assert.equal(uri.filterText, 'uri');
    assert.match((uri.documentation as { kind: string; value: string }).value, /^\*\*uri\*\*\n\nThe backend/);
    assert.equal((uri.documentation as { kind: string }).kind, 'markdown');
    assert.equal(c.item('cacheKeyParameters').detail, 'list of string');
  });

  test('YAML: a partly typed key is replaced from its start; a quoted one keeps the quote in the filter', () => {
    const c = completions(integration('        type: aws\n        passthr|\n'));
    assert.equal(c.replaced('passthroughBehavior'), 'passthr');
    assert.match(c.apply('passthroughBehavior'), /\n {8}passthroughBehavior: when_no_match\n/);
    const quoted = completions(integration('        type: aws\n        "passthr|\n'));
    assert.equal(quoted.item('passthroughBehavior').filterText, '"passthroughBehavior');
    assert.equal(quoted.replaced('passthroughBehavior'), '"passthr');
  });

  test('JSON: quoted key, the value by type, the whole string replaced, the indentation of the line', () => {
    const c = completions(
      '{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {\n    "|"\n  , "type": "aws"}}}}}',
      'json',
    );
    assert.equal(c.replaced('uri'), '""');
    assert.equal(c.item('uri').filterText, '"uri');
    assert.equal(newText(c, 'uri'), '"uri": "$1"');
    assert.equal(newText(c, 'timeoutInMillis'), '"timeoutInMillis": $1');
    assert.equal(newText(c, 'requestTemplates'), '"requestTemplates": {\n      $0\n    }');
    assert.equal(newText(c, 'cacheKeyParameters'), '"cacheKeyParameters": [$0]');
    assert.equal(newText(c, 'connectionType'), '"connectionType": ${1|"INTERNET","VPC_LINK"|}');
  });

  test('JSON: a comma when a property follows, none before a comma or a closing brace', () => {
    const before = (after: string) =>
      completions(
        `{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {\n    "|"\n   ${after}}}}}}`,
        'json',
      );
    assert.equal(newText(before(' "type": "aws"'), 'uri'), '"uri": "$1",');
    assert.equal(newText(before(', "type": "aws"'), 'uri'), '"uri": "$1"');
    assert.equal(newText(before(''), 'uri'), '"uri": "$1"');
    const applied = before(' "type": "aws"').apply('uri');
    assert.deepEqual(JSON.parse(applied).paths['/a'].get['x-amazon-apigateway-integration'], { uri: '', type: 'aws' });
  });

  test('JSON: a key typed without quotes yet', () => {
    const c = completions('{"openapi": "3.0.1", "x-amazon-apigateway-api-key-so|\n}', 'json');
    assert.ok(c.labels.includes('x-amazon-apigateway-api-key-source'));
  });
});

describe('completion items: values', () => {
  test('YAML: plain, in the double or single quote typed, quoted when YAML needs it', () => {
    const plain = completions(integration('        type: aw|\n'));
    assert.equal(newText(plain, 'aws_proxy'), 'aws_proxy');
    assert.equal(plain.item('aws_proxy').filterText, 'aws_proxy');
    assert.equal(plain.item('aws_proxy').kind, CompletionItemKind.EnumMember);
    assert.equal(plain.replaced('aws_proxy'), 'aw');
    const double = completions(integration('        type: "aw|\n'));
    assert.equal(newText(double, 'aws_proxy'), '"aws_proxy"');
    assert.equal(double.item('aws_proxy').filterText, '"aws_proxy');
    assert.equal(double.replaced('aws_proxy'), '"aw');
    const single = completions(integration("        type: 'aw|\n"));
    assert.equal(newText(single, 'aws_proxy'), "'aws_proxy'");
    assert.equal(single.item('aws_proxy').filterText, "'aws_proxy");
    // A value with a single quote in it, in single quotes: the quote is doubled.
    const stat = completions(integration("        requestParameters:\n          integration.request.header.X: '|\n"));
    assert.equal(newText(stat, "'static value'"), "'''static value'''");
  });

  test('booleans: true and false as keywords, written bare (quoted they would be strings)', () => {
    const tls = '        type: http\n        tlsConfig:\n          insecureSkipVerification: ';
    const c = completions(integration(`${tls}|\n`));
    assert.deepEqual(c.labels, ['true', 'false']);
    assert.ok(c.items.every((i) => i.kind === CompletionItemKind.Keyword && i.documentation === undefined));
    assert.match(c.apply('true'), /insecureSkipVerification: true\n/);
    assert.match(c.apply('false'), /insecureSkipVerification: false\n/);
    // A quote typed first is replaced too.
    const quoted = completions(integration(`${tls}"tr|\n`));
    assert.equal(quoted.item('true').filterText, '"true');
    assert.match(quoted.apply('true'), /insecureSkipVerification: true\n/);
    const json = completions(
      '{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"type": "http", "tlsConfig": {"insecureSkipVerification": "|"}}}}}}',
      'json',
    );
    const applied = JSON.parse(json.apply('false')).paths['/a'].get['x-amazon-apigateway-integration'];
    assert.equal(applied.tlsConfig.insecureSkipVerification, false);
    assert.equal(json.item('false').filterText, '"false');
  });

  test('JSON: a value replaces the whole string, closing quote included', () => {
    const c = completions(
      '{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"type": "a|ws_p"}}}}}',
      'json',
    );
    assert.equal(c.replaced('mock'), '"aws_p"');
    assert.equal(newText(c, 'mock'), '"mock"');
    assert.equal(c.item('mock').filterText, '"mock');
  });
});
