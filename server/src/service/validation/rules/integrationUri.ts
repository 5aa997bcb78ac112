/** The integration URI has the shape its type needs: Lambda or AWS service ARN, http(s) URL, private target. */
import { maskPlaceholders } from '../../document/intrinsics';
import { getProperty, getValue, asString } from '../../parser/ast';
import { integrationsOf, isIntegrationType, literalOrSub } from '../integrations';
import { definitionRule } from '../rule';
import {
  awsServiceArn,
  httpUrl,
  isOnlyPlaceholder,
  lambdaFunctionArn,
  lambdaInvocation,
  privateIntegrationArn,
  urlPort,
} from '../uriShapes';

export const integrationUriRule = definitionRule({
  name: 'integration-uri',
  reports: ['integration-uri', 'integration-uri-type'],
  check(ctx) {
    for (const op of ctx.index.operations) {
      for (const site of integrationsOf(ctx.def.root, op)) {
        const { node, type } = site;
        // An unknown type is reported on its own; what it would need is unknowable.
        if (!type || !isIntegrationType(type)) continue;
        const uriProp = getProperty(node, 'uri');
        const subtype = getProperty(node, 'integrationSubtype');
        if (!uriProp) {
          if (type !== 'mock' && !subtype)
            ctx.report('integration-uri', site.property.key, `A '${type}' integration needs a 'uri'.`, {
              addField: { name: 'uri', value: '', objectOffset: node.offset },
            });
          continue;
        }
        if (type === 'mock') {
          ctx.report('integration-uri-type', uriProp.key, `A mock integration calls no backend; its 'uri' is ignored.`);
          continue;
        }
        const written = literalOrSub(uriProp.value);
        if (!written) continue;
        const masked = maskPlaceholders(written.text.trim());
        // A URI that starts with a placeholder (`${uri}/{id}`) has an unknown shape.
        if (isOnlyPlaceholder(masked) || masked.startsWith('\u00a7')) continue;
        const problem = uriProblem(
          type,
          masked,
          ctx.apiType,
          asString(getValue(node, 'connectionType'))?.toUpperCase() === 'VPC_LINK',
          !!subtype,
        );
        if (problem) ctx.report(problem.rule, written.node, problem.message);
      }
    }
  },
});

interface UriProblem {
  rule: 'integration-uri' | 'integration-uri-type';
  message: string;
}

export function uriProblem(
  type: string,
  uri: string,
  apiType: string,
  vpcLink: boolean,
  subtype: boolean,
): UriProblem | undefined {
  const isUrl = /^https?:\/\//i.test(uri);
  if (type === 'aws' || type === 'aws_proxy') {
    if (subtype) return undefined;
    if (isUrl)
      return {
        rule: 'integration-uri-type',
        message: `'${type}' integrations call an AWS service or Lambda and need an ARN, not a URL; use type 'http' or 'http_proxy' for a URL.`,
      };
    const lambda = lambdaInvocation.exec(uri);
    if (lambda) {
      const fn = lambda[2];
      if (!fn.includes('\u00a7') && !lambdaFunctionArn.test(fn)) {
        return {
          rule: 'integration-uri',
          message: `The function in this Lambda URI is not a function ARN: expected 'arn:aws:lambda:{region}:{account}:function:{name}', got '${fn}'.`,
        };
      }
      return undefined;
    }
    if (/^arn:[^:]+:apigateway:[^:]+:lambda:/.test(uri)) {
      return {
        rule: 'integration-uri',
        message: `Malformed Lambda invocation URI: expected 'arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations'.`,
      };
    }
    if (apiType === 'HTTP' && type === 'aws_proxy') {
      if (lambdaFunctionArn.test(uri)) return undefined;
      return {
        rule: 'integration-uri',
        message: `An HTTP API Lambda integration needs a function ARN ('arn:aws:lambda:{region}:{account}:function:{name}') or its invocation URI.`,
      };
    }
    if (awsServiceArn.test(uri)) {
      if (type === 'aws_proxy')
        return {
          rule: 'integration-uri-type',
          message: `REST 'aws_proxy' integrations call Lambda only; for another AWS service use type 'aws'.`,
        };
      return undefined;
    }
    if (lambdaFunctionArn.test(uri)) {
      return {
        rule: 'integration-uri',
        message: `REST APIs need the Lambda invocation URI, not the bare function ARN: 'arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/${uri}/invocations'.`,
      };
    }
    return {
      rule: 'integration-uri',
      message: `Malformed AWS integration URI: expected 'arn:aws:apigateway:{region}:{service}:action/{Action}' or 'arn:aws:apigateway:{region}:{service}:path/{path}'.`,
    };
  }
  if (type === 'http' || type === 'http_proxy') {
    if (isUrl) {
      if (!httpUrl.test(uri))
        return {
          rule: 'integration-uri',
          message: 'Malformed URL: it must be a fully formed, encoded http(s) URL without spaces.',
        };
      const port = urlPort(uri);
      if (port !== undefined && port !== 80 && port !== 443 && port <= 1024) {
        return {
          rule: 'integration-uri',
          message: `API Gateway calls backends only on ports 80, 443 and above 1024, not ${port}.`,
        };
      }
      return undefined;
    }
    if (privateIntegrationArn.test(uri)) {
      if (apiType !== 'HTTP')
        return {
          rule: 'integration-uri',
          message:
            'REST private integrations use a URL (for the Host header) with a VPC link, not a load balancer or Cloud Map ARN.',
        };
      if (!vpcLink)
        return {
          rule: 'integration-uri',
          message: `A private integration target needs 'connectionType: VPC_LINK' and a 'connectionId'.`,
        };
      return undefined;
    }
    if (uri.startsWith('arn:'))
      return {
        rule: 'integration-uri-type',
        message: `'${type}' integrations need an http(s) URL; for an AWS service or Lambda use type 'aws' or 'aws_proxy'.`,
      };
    return { rule: 'integration-uri', message: `'${type}' integrations need a full http:// or https:// URL.` };
  }
  return undefined;
}
