// Where hover says nothing (documents that are no API, operation keys, values without a schema, URLs under keys
// that hold no URI), and the AWS link of a field described from its value.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { atCursor } from './helpers';

const service = getLanguageService({ host: {} });

function hoverText(text: string, languageId = 'yaml'): string | null {
  const at = atCursor(text, languageId);
  const h = service.hover(at.doc, at.position);
  return h && (h.contents as { value: string }).value;
}

describe('hover says nothing', () => {
  test('in a document that is no API, even on a URI', () => {
    assert.equal(hoverText('uri: https://exa|mple.com\n'), null);
    assert.equal(hoverText('ThrottlingRateLimit: 1|00\n'), null);
  });

  test('on operation and path keys, on values without a schema, on URLs under other keys', () => {
    const spec = (line: string) => `openapi: 3.0.1\npaths:\n  /a:\n    ${line}\n`;
    assert.equal(hoverText(spec('g|et: {}')), null);
    assert.equal(hoverText('openapi: 3.0.1\npaths:\n  /|a: {}\n'), null);
    assert.equal(hoverText('openapi: 3.0|.1\npaths: {}\n'), null);
    assert.equal(hoverText('openapi: 3.0.1\nx-link: https://exa|mple.com\npaths: {}\n'), null);
  });
});

describe('a field described from its value', () => {
  test('ends with the link to the extension’s page', () => {
    const text = hoverText(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        timeoutInMillis: 10|00\n',
    )!;
    assert.ok(
      text.endsWith(
        '\n\n[AWS documentation](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html)',
      ),
      text,
    );
  });
});
