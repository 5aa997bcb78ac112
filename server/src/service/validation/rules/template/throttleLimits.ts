/**
 * Throttle pairs in templates: a burst below the rate (the bucket empties faster than it refills, so the rate is
 * never reached in bursts), and limits above AWS's default account quota, which throttles first.
 */
import { ACCOUNT_BURST_LIMIT, ACCOUNT_RATE_LIMIT } from '../../../catalogue/samSettings';
import type { TemplateResource } from '../../../document/model';
import { AstNode, ObjectNode, PropertyNode, asObject, getProperty, getValue } from '../../../parser/ast';
import { templateRule, type TemplateContext } from '../../rule';

type Pair = { obj: ObjectNode; rate: string; burst: string };

function numberOf(prop: PropertyNode | undefined): number | undefined {
  const v = prop?.value;
  if (v?.type === 'number') return v.value;
  if (v?.type === 'string' && /^\d+(\.\d+)?$/.test(v.value.trim())) return Number(v.value);
  return undefined;
}

const itemsOf = (node: AstNode | undefined): ObjectNode[] =>
  node?.type === 'array' ? node.items.flatMap((i) => (i.type === 'object' ? [i] : [])) : [];
const valuesOf = (node: AstNode | undefined): ObjectNode[] =>
  (asObject(node)?.properties ?? []).flatMap((p) => (p.value?.type === 'object' ? [p.value] : []));

/** The objects of a resource that hold a rate and a burst, by the names they use there. */
function throttlePairs(resource: TemplateResource): Pair[] {
  const props = resource.properties;
  const stage = (o: ObjectNode): Pair => ({ obj: o, rate: 'ThrottlingRateLimit', burst: 'ThrottlingBurstLimit' });
  const plan = (o: ObjectNode): Pair => ({ obj: o, rate: 'RateLimit', burst: 'BurstLimit' });
  const maybe = (node: AstNode | undefined) => (asObject(node) ? [asObject(node)!] : []);
  switch (resource.type) {
    case 'AWS::Serverless::Api':
      return [
        ...itemsOf(getValue(props, 'MethodSettings')).map(stage),
        ...maybe(getValue(asObject(getValue(asObject(getValue(props, 'Auth')), 'UsagePlan')), 'Throttle')).map(plan),
      ];
    case 'AWS::ApiGateway::Stage':
      return itemsOf(getValue(props, 'MethodSettings')).map(stage);
    case 'AWS::Serverless::HttpApi':
    case 'AWS::ApiGatewayV2::Stage':
      return [...maybe(getValue(props, 'DefaultRouteSettings')), ...valuesOf(getValue(props, 'RouteSettings'))].map(
        stage,
      );
    case 'AWS::ApiGateway::UsagePlan':
      return [
        ...maybe(getValue(props, 'Throttle')),
        ...itemsOf(getValue(props, 'ApiStages')).flatMap((s) => valuesOf(getValue(s, 'Throttle'))),
      ].map(plan);
    default:
      return [];
  }
}

export const throttleLimitsRule = templateRule({
  name: 'throttle-limits',
  reports: ['throttle-above-account', 'throttle-burst-below-rate'],
  checkTemplate(ctx: TemplateContext) {
    for (const resource of ctx.template.resources.values()) {
      for (const { obj, rate, burst } of throttlePairs(resource)) {
        const rateProp = getProperty(obj, rate);
        const burstProp = getProperty(obj, burst);
        const r = numberOf(rateProp);
        const b = numberOf(burstProp);
        if (r !== undefined && r > ACCOUNT_RATE_LIMIT) {
          ctx.report(
            'throttle-above-account',
            rateProp!.value!,
            `${rate} ${r} is above AWS's default account limit of ${ACCOUNT_RATE_LIMIT.toLocaleString('en-US')} requests per second per Region; the account limit throttles first unless AWS raised it.`,
          );
        }
        if (b !== undefined && b > ACCOUNT_BURST_LIMIT) {
          ctx.report(
            'throttle-above-account',
            burstProp!.value!,
            `${burst} ${b} is above AWS's default account burst of ${ACCOUNT_BURST_LIMIT.toLocaleString('en-US')} per Region; the account limit throttles first unless AWS raised it.`,
          );
        }
        if (r !== undefined && b !== undefined && b < r) {
          ctx.report(
            'throttle-burst-below-rate',
            burstProp!.value!,
            `${burst} ${b} is lower than ${rate} ${r}: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.`,
            { replaceWith: [String(Math.ceil(r))] },
          );
        }
      }
    }
  },
});
