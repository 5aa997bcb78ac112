/**
 * SAM API `Auth`: the keys the transform knows, authorizers shaped as their kind needs, and the usage plan.
 * Severity evidence (error): the SAM transform raises for each of these ("Invalid value for 'Auth' property",
 * "<name> Authorizer has invalid 'FunctionPayloadType'", "... must specify Identity ...", "OAuth2 Authorizer must
 * define 'JwtConfiguration'", "'CreateUsagePlan' is a required field for UsagePlan", ...), aws-sam-translator 1.115.0
 * model/api/api_generator.py, http_api_generator.py, model/apigateway.py, model/apigatewayv2.py; compared with the
 * transform in test/server/service/validation/rules/template/samTranslator.test.ts.
 */
import { asIntrinsic } from '../../../document/intrinsics';
import type { TemplateResource } from '../../../document/model';
import { AstNode, asObject, getProperty, getValue, ObjectNode, PropertyNode, scalarText } from '../../../parser/ast';
import { closestMatches, didYouMean } from '../../../util/similarity';
import { templateRule, type TemplateContext } from '../../rule';
import { pythonTruthy } from '../../pythonTruth';
import {
  apiProperty,
  describeValue,
  isIntrinsicValue,
  languageExtensions,
  parameterRef,
  present,
  samApisWithImplicit,
} from './samShapes';

const REST_AUTH_KEYS = [
  'Authorizers',
  'DefaultAuthorizer',
  'InvokeRole',
  'AddDefaultAuthorizerToCorsPreflight',
  'AddApiKeyRequiredToCorsPreflight',
  'ApiKeyRequired',
  'ResourcePolicy',
  'UsagePlan',
];
const HTTP_AUTH_KEYS = ['Authorizers', 'DefaultAuthorizer', 'EnableIamAuthorizer'];
const USAGE_PLAN_KEYS = ['CreateUsagePlan', 'Description', 'Quota', 'Tags', 'Throttle', 'UsagePlanName'];
const CREATE_USAGE_PLAN = ['SHARED', 'PER_API', 'NONE'];
const IDENTITY_SOURCES = ['Headers', 'QueryStrings', 'StageVariables', 'Context'];

export const samApiAuthRule = templateRule({
  name: 'sam-auth',
  reports: ['sam-auth'],
  checkTemplate(ctx) {
    for (const api of samApisWithImplicit(ctx.template)) {
      const auth = apiProperty(ctx.template, api, 'Auth')?.value;
      if (auth?.type !== 'object' || isIntrinsicValue(auth)) continue;
      const rest = api.type === 'AWS::Serverless::Api';
      const keys = rest ? REST_AUTH_KEYS : HTTP_AUTH_KEYS;
      for (const prop of auth.properties) {
        if (keys.includes(prop.key.value)) continue;
        const suggestions = closestMatches(prop.key.value, keys);
        ctx.report(
          'sam-auth',
          prop.key,
          `The SAM transform rejects '${prop.key.value}' in the Auth of ${api.type === 'AWS::Serverless::Api' ? 'a REST' : 'an HTTP'} API; it knows ${keys.join(', ')}.${didYouMean(suggestions)}`,
          suggestions.length ? { replaceWith: suggestions } : undefined,
        );
      }
      const authorizers = getValue(auth, 'Authorizers');
      if (authorizers?.type === 'object' && !isIntrinsicValue(authorizers)) {
        for (const authorizer of authorizers.properties) {
          const value = authorizer.value;
          if (!present(value) || isIntrinsicValue(value)) continue;
          if (value.type !== 'object') {
            ctx.report(
              'sam-auth',
              value,
              `The authorizer '${authorizer.key.value}' must be a mapping (FunctionArn, Identity, ...), not ${describeValue(value)}.`,
            );
            continue;
          }
          if (rest) checkRestAuthorizer(ctx, authorizer, value);
          else checkHttpAuthorizer(ctx, authorizer, value);
        }
      } else if (present(authorizers) && !isIntrinsicValue(authorizers) && !(authorizers.type === 'object')) {
        ctx.report(
          'sam-auth',
          authorizers,
          `'Authorizers' must be a mapping of authorizer names to their settings, not ${describeValue(authorizers)}.`,
        );
      }
      if (rest) checkUsagePlan(ctx, getProperty(auth, 'UsagePlan'));
      checkDefaultAuthorizer(ctx, api, auth, rest);
    }
  },
});

function checkRestAuthorizer(ctx: TemplateContext, name: PropertyNode, authorizer: ObjectNode): void {
  const payloadType = getValue(authorizer, 'FunctionPayloadType');
  const type = scalarText(payloadType);
  // SAM compares the value itself (apigateway.py ApiGatewayAuthorizer): an intrinsic is a mapping to it, never TOKEN,
  // unless it is a parameter's value that SAM puts in first.
  const resolved = languageExtensions(ctx.template);
  if (
    present(payloadType) &&
    !(isIntrinsicValue(payloadType) && (resolved || parameterRef(ctx.template, payloadType))) &&
    type !== 'TOKEN' &&
    type !== 'REQUEST'
  ) {
    ctx.report(
      'sam-auth',
      payloadType,
      `'FunctionPayloadType' of the authorizer '${name.key.value}' is TOKEN or REQUEST (upper case), not ${describeValue(payloadType)}.`,
      { replaceWith: ['TOKEN', 'REQUEST'] },
    );
    return;
  }
  const identity = getValue(authorizer, 'Identity');
  if (type === 'REQUEST' && !(resolved && isIntrinsicValue(identity))) {
    if (missingIdentitySource(identity)) {
      ctx.report(
        'sam-auth',
        identity && present(identity) ? identity : payloadType!,
        `A REQUEST authorizer ('${name.key.value}') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.`,
      );
      return;
    }
  }
  if (present(identity) && !isIntrinsicValue(identity) && identity.type !== 'object') {
    ctx.report(
      'sam-auth',
      identity,
      `'Identity' of the authorizer '${name.key.value}' must be a mapping such as '{Header: Authorization}' (TOKEN) or '{Headers: [Authorization]}' (REQUEST), not ${describeValue(identity)}.`,
    );
  }
  const scopes = getValue(authorizer, 'AuthorizationScopes');
  if (present(scopes) && !isIntrinsicValue(scopes) && scopes.type !== 'array') {
    ctx.report('sam-auth', scopes, `'AuthorizationScopes' must be a list of scopes, not ${describeValue(scopes)}.`);
  }
}

/**
 * SAM's `_is_missing_identity_source` (apigateway.py): a REQUEST authorizer needs a non-empty source unless its
 * `ReauthorizeEvery` reads as a whole number of 0 or less (no caching, so nothing to key the cache on).
 */
function missingIdentitySource(identity: AstNode | undefined): boolean {
  if (!pythonTruthy(identity)) return true;
  const fields = asObject(identity);
  const hasSource = IDENTITY_SOURCES.some((source) => pythonTruthy(getValue(fields, source)));
  const ttl = pythonInt(getValue(fields, 'ReauthorizeEvery'));
  return ttl === undefined ? !hasSource : ttl > 0 && !hasSource;
}

/** Python's `int(value)` of a parsed value, or undefined where it raises (null, text that is no integer, a mapping). */
function pythonInt(node: AstNode | undefined): number | undefined {
  if (node?.tag) return undefined;
  switch (node?.type) {
    case 'number':
      return Number.isFinite(node.value) ? Math.trunc(node.value) : undefined;
    case 'boolean':
      return node.value ? 1 : 0;
    case 'string':
      return /^\s*[+-]?\d+\s*$/.test(node.value) ? Number(node.value) : undefined;
    default:
      return undefined;
  }
}

/** HTTP authorizers: JWT when `JwtConfiguration` is there, else Lambda (REQUEST); each kind takes its own fields. */
const JWT_FIELDS = ['AuthorizationScopes', 'JwtConfiguration', 'IdentitySource'];
const LAMBDA_FIELDS = [
  'FunctionArn',
  'FunctionInvokeRole',
  'Identity',
  'AuthorizerPayloadFormatVersion',
  'EnableSimpleResponses',
  'EnableFunctionDefaultPermissions',
];

function checkHttpAuthorizer(ctx: TemplateContext, name: PropertyNode, authorizer: ObjectNode): void {
  const label = name.key.value;
  const openId = getProperty(authorizer, 'OpenIdConnectUrl');
  if (openId) {
    ctx.report(
      'sam-auth',
      openId.key,
      `SAM no longer accepts 'OpenIdConnectUrl' (authorizer '${label}'): put the issuer URL in 'JwtConfiguration: {issuer: ...}'.`,
    );
    return;
  }
  const scopes = getValue(authorizer, 'AuthorizationScopes');
  if (present(scopes) && scopes.type !== 'array' && !isIntrinsicValue(scopes)) {
    ctx.report(
      'sam-auth',
      scopes,
      `'AuthorizationScopes' of the authorizer '${label}' must be a list, e.g. '[read, write]', not ${describeValue(scopes)}.`,
    );
    return;
  }
  const jwt = present(getValue(authorizer, 'JwtConfiguration'));
  const other = jwt ? LAMBDA_FIELDS : JWT_FIELDS;
  for (const prop of authorizer.properties) {
    if (!other.includes(prop.key.value) || !present(prop.value)) continue;
    const hint =
      prop.key.value === 'IdentitySource' ? ` A Lambda authorizer names its sources in 'Identity' instead.` : '';
    ctx.report(
      'sam-auth',
      prop.key,
      `'${prop.key.value}' belongs to ${jwt ? 'Lambda' : 'JWT (OAuth2)'} authorizers, and '${label}' is a ${jwt ? 'JWT' : 'Lambda'} authorizer (it ${jwt ? 'has' : 'has no'} 'JwtConfiguration'); the SAM transform rejects it.${hint}`,
    );
    return;
  }
  const required = jwt ? ['JwtConfiguration', 'IdentitySource'] : ['FunctionArn', 'AuthorizerPayloadFormatVersion'];
  for (const field of required) {
    if (present(getValue(authorizer, field))) continue;
    const example =
      field === 'IdentitySource'
        ? "'$request.header.Authorization'"
        : field === 'AuthorizerPayloadFormatVersion'
          ? "'2.0'"
          : field === 'FunctionArn'
            ? "'!GetAtt AuthFunction.Arn'"
            : "'{issuer: ..., audience: [...]}'";
    ctx.report(
      'sam-auth',
      name.key,
      `The ${jwt ? 'JWT' : 'Lambda'} authorizer '${label}' needs '${field}' (for example ${example}); the SAM transform rejects it without.`,
    );
    return;
  }
}

function checkUsagePlan(ctx: TemplateContext, prop: PropertyNode | undefined): void {
  const plan = prop?.value;
  // SAM reads the plan itself (api_generator.py `_construct_usage_plan`): an intrinsic is a mapping with an unknown key.
  const resolved = languageExtensions(ctx.template);
  if (!prop || !present(plan) || (resolved && isIntrinsicValue(plan))) return;
  if (plan.type !== 'object' || isIntrinsicValue(plan)) {
    ctx.report(
      'sam-auth',
      plan,
      `'UsagePlan' must be a mapping such as '{CreateUsagePlan: PER_API}', not ${describeValue(plan)}.`,
    );
    return;
  }
  for (const key of plan.properties) {
    if (USAGE_PLAN_KEYS.includes(key.key.value)) continue;
    const suggestions = closestMatches(key.key.value, USAGE_PLAN_KEYS);
    ctx.report(
      'sam-auth',
      key.key,
      `The SAM transform rejects '${key.key.value}' in a UsagePlan; it knows ${USAGE_PLAN_KEYS.join(', ')}.${didYouMean(suggestions)}`,
      suggestions.length ? { replaceWith: suggestions } : undefined,
    );
    return;
  }
  const create = getValue(plan, 'CreateUsagePlan');
  if (!present(create)) {
    ctx.report(
      'sam-auth',
      prop.key,
      `A UsagePlan needs 'CreateUsagePlan' (PER_API, SHARED or NONE); the SAM transform rejects it without.`,
      { addField: { name: 'CreateUsagePlan', value: 'PER_API', objectOffset: plan.offset } },
    );
  } else if (
    !(isIntrinsicValue(create) && (resolved || parameterRef(ctx.template, create))) &&
    !CREATE_USAGE_PLAN.includes(scalarText(create) ?? '')
  ) {
    ctx.report(
      'sam-auth',
      create,
      `'CreateUsagePlan' is PER_API, SHARED or NONE (upper case), not ${describeValue(create)}.`,
      { replaceWith: CREATE_USAGE_PLAN },
    );
  }
}

/** HTTP APIs: `AWS_IAM` is an authorizer only with `EnableIamAuthorizer: true`. */
function checkDefaultAuthorizer(ctx: TemplateContext, api: TemplateResource, auth: ObjectNode, rest: boolean): void {
  const node: AstNode | undefined = getValue(auth, 'DefaultAuthorizer');
  // SAM skips a DefaultAuthorizer that is empty, false or 0 (both generators' `_set_default_authorizer`).
  if (!pythonTruthy(node)) return;
  // A REST API without authorizers ignores its DefaultAuthorizer (api_generator.py `_get_authorizers`); its one
  // exception, the string AWS_IAM, is a name SAM knows: nothing to report either way.
  if (rest && !pythonTruthy(getValue(auth, 'Authorizers'))) return;
  // SAM resolves a Ref to a template parameter itself; any other computed value is not a name it can look up.
  const ref = asIntrinsic(node);
  if (present(node) && !(node.type === 'string' && !node.tag) && !(ref?.name === 'Ref')) {
    ctx.report(
      'sam-auth',
      node,
      `'DefaultAuthorizer' must be the name of one of the API's authorizers${rest ? ' or AWS_IAM' : ''}, written as a string; not ${describeValue(node)}.`,
    );
    return;
  }
  if (rest) return;
  if (node?.type !== 'string' || node.value !== 'AWS_IAM' || iamEnabled(auth)) return;
  ctx.report(
    'sam-auth',
    node,
    `${api.logicalId} is an HTTP API: 'AWS_IAM' is an authorizer there only with 'EnableIamAuthorizer: true' in its Auth.`,
  );
}

export function iamEnabled(auth: AstNode | undefined): boolean {
  const flag = getValue(auth, 'EnableIamAuthorizer');
  return flag?.type === 'boolean' ? flag.value : isIntrinsicValue(flag);
}
