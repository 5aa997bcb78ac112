/** Authorizers have the shape their type needs, with identity sources written the way each API type reads them. */
import { maskPlaceholders } from '../../document/intrinsics';
import {
  AstNode,
  ObjectNode,
  PropertyNode,
  asObject,
  asString,
  getProperty,
  getValue,
  scalarText,
} from '../../parser/ast';
import { literalOrSub } from '../integrations';
import { definitionRule, type DefinitionContext } from '../rule';
import { isOnlyPlaceholder, lambdaInvocation } from '../uriShapes';

const restIdentity =
  /^(?:method\.request\.(?:header|querystring)\.[^\s,]+|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9_.]+)$/;
const httpIdentity =
  /^\$(?:request\.(?:header|querystring)\.[^\s,]+|context\.[A-Za-z0-9_.]+|stageVariables\.[A-Za-z0-9_]+)$/;
const jwtIdentity = /^\$request\.(?:header|querystring)\.[^\s,]+$/;

export const authorizersRule = definitionRule({
  name: 'authorizers',
  reports: ['authorizer-identity-source', 'authorizer-shape', 'authorizer-uri'],
  check(ctx) {
    for (const [name, schemeProp] of ctx.index.securitySchemes) {
      const scheme = asObject(schemeProp.value);
      const authorizerProp = getProperty(scheme, 'x-amazon-apigateway-authorizer');
      const authorizer = asObject(authorizerProp?.value);
      if (!scheme || !authorizerProp || !authorizer) continue;
      const type = asString(getValue(authorizer, 'type'))?.toLowerCase();
      if (!type) continue;
      const need = (field: string, why: string) => {
        if (!getProperty(authorizer, field))
          ctx.report(
            'authorizer-shape',
            authorizerProp.key,
            `Authorizer '${name}' (${type}) needs '${field}': ${why}.`,
            { addField: { name: field, value: '', objectOffset: authorizer.offset } },
          );
      };
      if (type === 'token' || type === 'request') {
        need('authorizerUri', 'the invocation URI of its Lambda function');
        checkAuthorizerUri(ctx, getValue(authorizer, 'authorizerUri'));
      }
      if (type === 'cognito_user_pools') need('providerARNs', 'the ARNs of the Cognito user pools');
      if (
        type === 'jwt' &&
        !(asString(getValue(scheme, 'type')) === 'openIdConnect' && getProperty(scheme, 'openIdConnectUrl'))
      ) {
        need('jwtConfiguration', 'the issuer and audiences of the tokens');
      }
      if (ctx.apiType === 'HTTP' && type === 'request') checkHttpLambda(ctx, name, authorizerProp, authorizer);
      if (
        ctx.apiType === 'REST' &&
        type === 'token' &&
        asString(getValue(scheme, 'in')) &&
        asString(getValue(scheme, 'in')) !== 'header'
      ) {
        ctx.report(
          'authorizer-shape',
          getValue(scheme, 'in')!,
          `A token authorizer reads the token from a header: 'in' must be "header".`,
          { replaceWith: ['header'] },
        );
      }
      checkIdentitySource(ctx, type, authorizer);
    }
  },
});

function checkAuthorizerUri(ctx: DefinitionContext, node: AstNode | undefined): void {
  const uri = literalOrSub(node);
  if (!uri) return;
  const masked = maskPlaceholders(uri.text.trim());
  if (isOnlyPlaceholder(masked) || lambdaInvocation.test(masked)) return;
  ctx.report(
    'authorizer-uri',
    uri.node,
    `An authorizer URI is the function's invocation URI: 'arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations'.`,
  );
}

function checkHttpLambda(ctx: DefinitionContext, name: string, prop: PropertyNode, authorizer: ObjectNode): void {
  const version = scalarText(getValue(authorizer, 'authorizerPayloadFormatVersion'));
  if (version === undefined) {
    ctx.report(
      'authorizer-shape',
      prop.key,
      `HTTP API Lambda authorizer '${name}' needs 'authorizerPayloadFormatVersion' ("1.0" or "2.0").`,
      { addField: { name: 'authorizerPayloadFormatVersion', value: "'2.0'", objectOffset: authorizer.offset } },
    );
  }
  const simple = getProperty(authorizer, 'enableSimpleResponses');
  if (simple?.value?.type === 'boolean' && simple.value.value && version !== undefined && version !== '2.0') {
    ctx.report(
      'authorizer-shape',
      simple.key,
      `'enableSimpleResponses' works only with authorizerPayloadFormatVersion "2.0".`,
    );
  }
}

function checkIdentitySource(ctx: DefinitionContext, type: string, authorizer: ObjectNode): void {
  const node = getValue(authorizer, 'identitySource');
  const text = scalarText(node);
  if (!node || text === undefined || text.trim() === '' || text.includes('${')) return;
  const parts = text.split(',').map((s) => s.trim());
  const rest = ctx.apiType === 'REST';
  const pattern = rest ? restIdentity : type === 'jwt' ? jwtIdentity : httpIdentity;
  const bad = parts.find((p) => !pattern.test(p));
  if (bad !== undefined) {
    const fixed = rest
      ? bad.replace(/^\$request\./, 'method.request.').replace(/^\$/, '')
      : bad.replace(/^method\.request\./, '$request.').replace(/^(context|stageVariables)\./, '$$$1.');
    const expected = rest
      ? 'method.request.header.<Name>, method.request.querystring.<name>, stageVariables.<name> or context.<name>'
      : type === 'jwt'
        ? 'one $request.header.<Name> or $request.querystring.<name>'
        : '$request.header.<Name>, $request.querystring.<name>, $context.<name> or $stageVariables.<name>';
    ctx.report(
      'authorizer-identity-source',
      node,
      `"${bad}" is not an identity source ${rest ? 'REST' : 'HTTP'} APIs read: use ${expected}.`,
      fixed !== bad ? { replaceWith: [parts.map((p) => (p === bad ? fixed : p)).join(', ')] } : undefined,
    );
    return;
  }
  if (rest && type === 'token' && (parts.length !== 1 || !parts[0].startsWith('method.request.header.'))) {
    ctx.report(
      'authorizer-identity-source',
      node,
      'A token authorizer reads exactly one header: method.request.header.<Name>.',
    );
  }
  if (type === 'jwt' && parts.length !== 1)
    ctx.report('authorizer-identity-source', node, 'A JWT authorizer takes exactly one identity source.');
}
