// Code lenses above definitions, API resources and operations: where they stand, what they say, what they send.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Commands } from '../../../../contract/commands';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

/** Each lens as `line:character title -> command arguments`. */
function lenses(text: string): string[] {
  const doc = service.parseDocument('file:///l.yaml', 'yaml', 1, text);
  return service.codeLenses(doc).map((l) => {
    assert.deepEqual(l.range.start, l.range.end, 'a lens stands at one place');
    return `${l.range.start.line}:${l.range.start.character} ${l.command!.title} -> ${l.command!.command} ${JSON.stringify(l.command!.arguments)}`;
  });
}

describe('code lenses', () => {
  test('a standalone definition: Run API Locally on the first line, Invoke on each operation key', () => {
    assert.deepEqual(
      lenses(
        `openapi: 3.0.1\ninfo: {version: '1'}\npaths:\n  /a:\n    get: {}\n    x-amazon-apigateway-any-method: {}\n`,
      ),
      [
        `0:0 $(broadcast) Run API Locally -> ${Commands.runLocal} [{"documentUri":"file:///l.yaml","apiType":"REST"}]`,
        `4:4 $(play) Invoke GET /a… -> ${Commands.testInvoke} [{"documentUri":"file:///l.yaml","path":"/a","method":"GET","apiType":"REST"}]`,
        `5:4 $(play) Invoke ANY /a… -> ${Commands.testInvoke} [{"documentUri":"file:///l.yaml","path":"/a","method":"ANY","apiType":"REST"}]`,
      ],
    );
  });

  test("the definition's title labels the local run", () => {
    assert.deepEqual(lenses(`openapi: 3.0.1\ninfo: {title: Pets, version: '1'}\npaths: {}\n`), [
      `0:0 $(broadcast) Run API Locally -> ${Commands.runLocal} [{"documentUri":"file:///l.yaml","apiType":"REST","label":"Pets"}]`,
    ]);
  });

  test('in a template: Run and Compare on the resource key, Invoke with the logical id; a WebSocket API only Invoke', () => {
    const text = `Resources:
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /a:
            post: {}
  Ws:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: WEBSOCKET
      Body:
        openapi: 3.0.1
        paths: {/b: {get: {}}}
`;
    assert.deepEqual(lenses(text), [
      `1:2 $(broadcast) Run API Locally -> ${Commands.runLocal} [{"documentUri":"file:///l.yaml","apiType":"HTTP","api":"Http","label":"Http"}]`,
      `1:2 $(diff) Compare with Stack… -> ${Commands.compareWithDeployed} [{"documentUri":"file:///l.yaml","api":"Http"}]`,
      `8:12 $(play) Invoke POST /a… -> ${Commands.testInvoke} [{"documentUri":"file:///l.yaml","path":"/a","method":"POST","apiType":"HTTP","api":"Http"}]`,
      `15:21 $(play) Invoke GET /b… -> ${Commands.testInvoke} [{"documentUri":"file:///l.yaml","path":"/b","method":"GET","apiType":"WEBSOCKET","api":"Ws"}]`,
    ]);
  });

  test('none for a document without a definition', () => {
    assert.deepEqual(lenses('name: x\n'), []);
  });
});
