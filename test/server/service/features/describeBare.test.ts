// A value the catalogue types but does not describe in words: the description is left out without leaving
// blank lines behind.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { atCursor } from './helpers';

const service = getLanguageService({ host: {} });

describe('descriptions without words', () => {
  test('a request parameter mapping key: its type and the link only', () => {
    const at = atCursor(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        requestParameters:\n          integration.request.header.|x: method.request.header.x\n',
    );
    const h = service.hover(at.doc, at.position)!;
    assert.equal(
      (h.contents as { value: string }).value,
      '**integration.request.header.x**\n\n- Type: string\n\n[AWS documentation](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html)',
    );
    assert.equal(at.doc.text.getText(h.range), 'integration.request.header.x');
  });
});
