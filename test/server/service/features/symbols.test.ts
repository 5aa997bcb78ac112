import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

const kindName: Record<number, string> = {
  [SymbolKind.Module]: 'Module',
  [SymbolKind.Namespace]: 'Namespace',
  [SymbolKind.Method]: 'Method',
  [SymbolKind.Key]: 'Key',
};

/** Each symbol as the outline shows it: name, detail, kind, and the text its ranges cover; children indented. */
function outline(text: string, languageId = 'yaml'): string[] {
  const doc = service.parseDocument(`file:///o.${languageId}`, languageId, 1, text);
  const at = (r: Range) => doc.text.getText(r);
  const lines: string[] = [];
  const walk = (symbols: DocumentSymbol[], depth: number) => {
    for (const s of symbols) {
      lines.push(
        `${'  '.repeat(depth)}${s.name} [${kindName[s.kind] ?? s.kind}]${s.detail ? ` (${s.detail})` : ''} ` +
          `select=${JSON.stringify(at(s.selectionRange))} range=${JSON.stringify(at(s.range))}`,
      );
      if (s.children) walk(s.children, depth + 1);
    }
  };
  walk(service.documentSymbols(doc), 0);
  return lines;
}

describe('document symbols: the outline', () => {
  test('a standalone definition: each path with its operations, then the security schemes', () => {
    const text = `openapi: 3.0.1
components:
  securitySchemes:
    key: {type: apiKey, name: x-api-key, in: header}
paths:
  /pets:
    get: {}
    post: {}
  /pets/{id}:
    delete: {}
`;
    assert.deepEqual(outline(text), [
      '/pets [Namespace] select="/pets" range="/pets:\\n    get: {}\\n    post: {}"',
      '  GET [Method] (/pets) select="get" range="get: {}"',
      '  POST [Method] (/pets) select="post" range="post: {}"',
      '/pets/{id} [Namespace] select="/pets/{id}" range="/pets/{id}:\\n    delete: {}"',
      '  DELETE [Method] (/pets/{id}) select="delete" range="delete: {}"',
      'key [Key] (security scheme) select="key" range="key: {type: apiKey, name: x-api-key, in: header}"',
    ]);
  });

  test('in a template, each API resource holds the symbols of its definition, with its type and API type', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /a:
            get: {}
  Rest:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        swagger: '2.0'
        securityDefinitions:
          sig: {type: apiKey, name: Authorization, in: header}
        paths: {}
`;
    const lines = outline(text);
    assert.equal(lines.length, 5, lines.join('\n'));
    assert.match(lines[0], /^Api \[Module\] \(AWS::Serverless::HttpApi \(HTTP\)\) select="Api" range="Api:\\n {4}Type/);
    assert.equal(lines[1], '  /a [Namespace] select="/a" range="/a:\\n            get: {}"');
    assert.equal(lines[2], '    GET [Method] (/a) select="get" range="get: {}"');
    assert.match(lines[3], /^Rest \[Module\] \(AWS::ApiGateway::RestApi \(REST\)\) select="Rest"/);
    assert.equal(
      lines[4],
      '  sig [Key] (security scheme) select="sig" range="sig: {type: apiKey, name: Authorization, in: header}"',
    );
  });

  test('JSON: ranges cover the quoted key and its value', () => {
    const text = '{\n  "openapi": "3.0.1",\n  "paths": {\n    "/a": {\n      "put": {}\n    }\n  }\n}';
    assert.deepEqual(outline(text, 'json'), [
      '/a [Namespace] select="\\"/a\\"" range="\\"/a\\": {\\n      \\"put\\": {}\\n    }"',
      '  PUT [Method] (/a) select="\\"put\\"" range="\\"put\\": {}"',
    ]);
  });

  test('nothing for a document that is no definition', () => {
    assert.deepEqual(outline('name: x\n'), []);
  });
});
