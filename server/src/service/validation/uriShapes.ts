/** Shapes of integration and authorizer URIs. Works on text whose `${...}` placeholders are masked. */
import { PLACEHOLDER } from '../document/intrinsics';

const P = PLACEHOLDER;
export const lambdaInvocation = new RegExp(
  `^arn:[^:]+:apigateway:[^:]+:lambda:path/(\\d{4}-\\d{2}-\\d{2}|${P})/functions/(.+)/(invocations|response-streaming-invocations|${P})$`,
);
export const lambdaFunctionArn = /^arn:[^:]+:lambda:[^:]+:[^:]*:function:[A-Za-z0-9_§-]+(:[A-Za-z0-9_$§-]+)?$/;
export const awsServiceArn = /^arn:[^:]+:apigateway:[^:]+:[^:/]+:(?:(path|action)\/.+|§.*)$/;
export const httpUrl = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
export const privateIntegrationArn =
  /^arn:[^:]+:(elasticloadbalancing:[^:]+:[^:]*:listener\/.+|servicediscovery:[^:]+:[^:]*:service\/.+)$/;

export function isOnlyPlaceholder(masked: string): boolean {
  return masked.replace(new RegExp(P, 'g'), '').trim() === '';
}

/** The port of an http(s) URL when written, for AWS's port rule (80, 443, or above 1024). */
export function urlPort(masked: string): number | undefined {
  const m = /^https?:\/\/[^/:?#]+:(\d+)/i.exec(masked);
  return m ? Number(m[1]) : undefined;
}
