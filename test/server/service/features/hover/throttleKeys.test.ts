// Throttle values by every key name AWS uses (stages, usage plans, camel-cased settings), the burst set against
// the smaller Regions' burst quota; a URL that does not parse says nothing of its stage variables.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';
import { atCursor } from '../helpers';

const service = getLanguageService({ host: {} });

function hoverText(text: string): string {
  const at = atCursor(text);
  const h = service.hover(at.doc, at.position);
  return h ? (h.contents as { value: string }).value : '';
}

describe('throttle keys', () => {
  test('camel-cased rate and burst keys are explained as throttles', () => {
    assert.match(
      hoverText('openapi: 3.0.1\nx-settings:\n  rateLimit: 1|00\npaths: {}\n'),
      /^\*\*Throttle:\*\* 100 requests per second/,
    );
    assert.match(
      hoverText('openapi: 3.0.1\nx-settings:\n  burstLimit: 2|00\npaths: {}\n'),
      /^\*\*Throttle:\*\* bursts of up to 200 requests/,
    );
    assert.equal(hoverText('openapi: 3.0.1\nx-settings:\n  otherLimit: 2|00\npaths: {}\n'), '');
  });

  test('a burst between the smaller Regions’ quota (1,250) and the rate one (2,500) is above the former', () => {
    assert.match(
      hoverText('openapi: 3.0.1\nx-settings:\n  burstLimit: 20|00\npaths: {}\n'),
      /\n\n40% of the default account burst; above the default of the Regions with lower quotas\.$/,
    );
  });
});

describe('URLs that do not parse', () => {
  test('no explanation, even with stage variables: the field is described instead', () => {
    const text = hoverText(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        uri: https://exa mple.com/${stageVariables.x}|\n',
    );
    assert.match(text, /^\*\*uri\*\*\n/);
    assert.doesNotMatch(text, /Set per stage/);
  });
});
