// Throttle settings on hover: the value set against AWS's account quota, and the quota on the key.
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

const quota =
  "AWS's default quota is 10,000 requests per second with a burst of 5,000, per account and Region, shared by every API in it (2,500 and 1,250 in some newer Regions). Stage, method and usage plan limits only lower it.";

const stage = (setting: string) =>
  `Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n        - ResourcePath: "/*"\n          HttpMethod: "*"\n          ${setting}\n`;

describe('hover on throttle settings', () => {
  test('a rate within the quota of every Region: its share of the default', () => {
    assert.equal(
      hoverText(stage('ThrottlingRateLimit: 25|00')),
      `**Throttle:** 2,500 requests per second, steady state.\n\n${quota}\n\n25% of the default account rate.`,
    );
  });

  test('a rate above the smaller Regions’ quota', () => {
    assert.equal(
      hoverText(stage('ThrottlingRateLimit: 25|01')),
      `**Throttle:** 2,501 requests per second, steady state.\n\n${quota}\n\n25% of the default account rate; above the default of the Regions with lower quotas.`,
    );
  });

  test('a burst: at the default it is 100%, one more is above it', () => {
    assert.equal(
      hoverText(stage('ThrottlingBurstLimit: 50|00')),
      `**Throttle:** bursts of up to 5,000 requests at once.\n\n${quota}\n\n100% of the default account burst; above the default of the Regions with lower quotas.`,
    );
    assert.match(
      hoverText(stage('ThrottlingBurstLimit: 50|01')),
      /\n\nThis is above the default account burst: it only takes effect if AWS has raised your account's quota; otherwise the account limit throttles first \(429\)\.$/,
    );
    assert.match(hoverText(stage('ThrottlingBurstLimit: 12|50')), /\n\n25% of the default account burst\.$/);
  });

  test('usage plan and SAM spellings; only numbers are explained', () => {
    const plan = (setting: string) =>
      `Resources:\n  Plan:\n    Type: AWS::ApiGateway::UsagePlan\n    Properties:\n      Throttle:\n        ${setting}\n`;
    assert.match(hoverText(plan('RateLimit: 1|00')), /^\*\*Throttle:\*\* 100 requests per second, steady state\./);
    assert.match(hoverText(plan('BurstLimit: 2|00')), /^\*\*Throttle:\*\* bursts of up to 200 requests at once\./);
    assert.doesNotMatch(hoverText(plan("RateLimit: '1|00'")), /Throttle:/);
  });

  test('HTTP API route settings in a definition', () => {
    const text = `Resources:
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      DefaultRouteSettings:
        ThrottlingRateLimit: 10|0
`;
    assert.match(hoverText(text), /^\*\*Throttle:\*\* 100 requests per second/);
  });

  test('the key: its description, then the quota', () => {
    const text = hoverText(stage('ThrottlingRate|Limit: 100'));
    assert.match(text, /^\*\*ThrottlingRateLimit\*\*\n/);
    assert.ok(text.endsWith(`\n\n${quota}`), text);
    assert.doesNotMatch(hoverText(stage('HttpMe|thod2: x')), /default quota/);
  });
});
