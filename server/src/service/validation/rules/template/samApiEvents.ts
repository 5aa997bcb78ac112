/**
 * Function events of type Api and HttpApi as the SAM transform binds them: `RestApiId` / `ApiId` naming an API of
 * the right type in this template, and the event's Auth, RequestModel and RequestParameters against that API.
 * Severity evidence (error): InvalidEventException of the SAM transform (aws-sam-translator 1.115.0,
 * eventsources/push.py, plugins/api/implicit_api_plugin.py); compared with the transform in
 * test/server/service/validation/rules/template/samTranslator.test.ts.
 */
import { asIntrinsic } from '../../../document/intrinsics';
import type { TemplateModel, TemplateResource } from '../../../document/model';
import { AstNode, asObject, getProperty, getValue, ObjectNode, scalarText } from '../../../parser/ast';
import { templateRule, type TemplateContext } from '../../rule';
import { iamEnabled } from './samApiAuth';
import { ApiEvent, apiEvents } from './samApis';
import { pythonTruthy } from '../../pythonTruth';
import { apiProperty, describeValue, isIntrinsicValue, languageExtensions, present } from './samShapes';

const PARAMETER_KEY = /^method\.request\.(querystring|path|header)\./;

export const samApiEventsRule = templateRule({
  name: 'sam-event',
  reports: ['sam-event'],
  checkTemplate(ctx) {
    for (const event of apiEvents(ctx.template)) {
      if (!event.properties) continue;
      if (!checkApiReference(ctx, event)) continue;
      const api = event.api;
      if (event.type === 'Api') checkRestEvent(ctx, event, api);
      else checkHttpEvent(ctx, event, api);
    }
  },
});

/** The API an event names must be a SAM API of its kind in this template. */
function checkApiReference(ctx: TemplateContext, event: ApiEvent): boolean {
  const label = event.type === 'Api' ? 'RestApiId' : 'ApiId';
  const wanted = event.type === 'Api' ? 'AWS::Serverless::Api' : 'AWS::Serverless::HttpApi';
  const node = getValue(event.properties, label);
  if (!present(node)) return true;
  const fn = asIntrinsic(node);
  let target: string | undefined;
  if (fn) {
    if (fn.name !== 'Ref' || fn.argument?.type !== 'string') {
      ctx.report(
        'sam-event',
        node,
        `'${label}' must name an ${wanted} of this template with '!Ref', not ${fn.name}; the SAM transform needs the API itself to add this route.`,
      );
      return false;
    }
    target = fn.argument.value;
  } else if (node.type === 'string') target = node.value;
  else return false;
  // SAM's implicit APIs exist once some event uses them; events may name them.
  if (target === (event.type === 'Api' ? 'ServerlessRestApi' : 'ServerlessHttpApi')) return true;
  const resource = ctx.template.resources.get(target);
  const wrongKind =
    event.type === 'Api'
      ? resource?.type === 'AWS::Serverless::HttpApi'
      : resource !== undefined && resource.type !== wanted;
  if (!resource || wrongKind) {
    const apis = [...ctx.template.resources.values()].filter((r) => r.type === wanted).map((r) => r.logicalId);
    ctx.report(
      'sam-event',
      node,
      `'${target}' is not an ${wanted} in this template; an ${event.type} event's '${label}' must refer to one${apis.length ? ` (${apis.join(', ')})` : ''}.`,
      apis.length ? { replaceWith: apis } : undefined,
    );
    return false;
  }
  // An Api event may name another kind of resource; SAM then checks nothing more about it.
  return resource.type === wanted;
}

/** SAM manages the OpenAPI of an API it generates (no DefinitionBody or DefinitionUri) or merges into. */
function managedBySam(template: TemplateModel, api: TemplateResource | undefined): boolean {
  if (!api) return true;
  if (
    getValue(api.properties, 'MergeDefinitions')?.type === 'boolean' &&
    (getValue(api.properties, 'MergeDefinitions') as { value: boolean }).value
  )
    return true;
  // An empty DefinitionBody is replaced by the definition SAM generates.
  return (
    !pythonTruthy(getValue(api.properties, 'DefinitionBody')) && !present(getValue(api.properties, 'DefinitionUri'))
  );
}

function apiAuth(template: TemplateModel, api: TemplateResource | undefined, type: string): ObjectNode | undefined {
  if (api) return asObject(apiProperty(template, api, 'Auth')?.value);
  return asObject(getValue(asObject(getValue(asObject(getValue(template.root, 'Globals')), type)), 'Auth'));
}

/** Auth keys that give OverrideApiAuth something to override with. */
const OVERRIDES = ['Authorizer', 'ApiKeyRequired', 'ResourcePolicy'];

function checkRestEvent(ctx: TemplateContext, event: ApiEvent, api: TemplateResource | undefined): void {
  const auth = getValue(event.properties, 'Auth');
  const managed = managedBySam(ctx.template, api);
  // Into a DefinitionBody of the user's SAM writes only the event's Auth, and only with a truthy OverrideApiAuth; into
  // a DefinitionUri nothing (push.py `to_cloudformation`).
  const overrides =
    !managed &&
    pythonTruthy(getValue(api!.properties, 'DefinitionBody')) &&
    pythonTruthy(getValue(asObject(auth), 'OverrideApiAuth'));
  if (!managed && !overrides) return;
  const path = scalarText(getValue(event.properties, 'Path'));
  const method = scalarText(getValue(event.properties, 'Method'));
  const where = `${method ?? ''} ${path ?? ''}`.trim();
  const apiAuthNode = apiAuth(ctx.template, api, 'Api');
  if (auth?.type === 'object' && !isIntrinsicValue(auth)) {
    const authorizer = getValue(auth, 'Authorizer');
    if (!authorizerIsName(ctx, authorizer)) return;
    if (
      authorizer?.type === 'string' &&
      authorizer.value === 'NONE' &&
      !present(getValue(apiAuthNode, 'DefaultAuthorizer'))
    ) {
      ctx.report(
        'sam-event',
        authorizer,
        `'Authorizer: NONE' turns off the API's default authorizer for ${where}, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.`,
      );
    }
    const scopes = getValue(auth, 'AuthorizationScopes');
    if (present(scopes) && !isIntrinsicValue(scopes) && !(scopes.type === 'array' && scopes.items.length === 0)) {
      if (scopes.type !== 'array')
        ctx.report(
          'sam-event',
          scopes,
          `'AuthorizationScopes' must be a list of scopes, not ${describeValue(scopes)}.`,
        );
      else if (!present(authorizer))
        ctx.report(
          'sam-event',
          getProperty(auth, 'AuthorizationScopes')!.key,
          `'AuthorizationScopes' needs an 'Authorizer' in the same Auth (a Cognito authorizer of the API); the SAM transform rejects scopes on their own.`,
        );
    }
    const apiKey = getValue(auth, 'ApiKeyRequired');
    if (apiKey?.type === 'boolean' && !apiKey.value && !truthy(getValue(apiAuthNode, 'ApiKeyRequired'))) {
      ctx.report(
        'sam-event',
        apiKey,
        `'ApiKeyRequired: false' only switches off an API-wide 'ApiKeyRequired: true', which this API does not set; remove it.`,
      );
    }
    const override = getProperty(auth, 'OverrideApiAuth');
    if (pythonTruthy(override?.value) && !OVERRIDES.some((key) => pythonTruthy(getValue(auth, key)))) {
      ctx.report(
        'sam-event',
        override!.key,
        `'OverrideApiAuth' needs an 'Authorizer', 'ApiKeyRequired: true' or a 'ResourcePolicy' in the same Auth; the SAM transform rejects it on its own.`,
      );
    }
  }
  // With OverrideApiAuth on a definition of the user's, SAM writes the Auth only: RequestModel and RequestParameters
  // are not read.
  if (!managed) return;
  checkRequestModel(ctx, event, api, where);
  checkRequestParameters(ctx, event);
}

/** SAM looks the event's authorizer up by name, so it cannot be computed. */
function authorizerIsName(ctx: TemplateContext, authorizer: AstNode | undefined): boolean {
  if (!present(authorizer) || (authorizer.type === 'string' && !authorizer.tag)) return true;
  ctx.report(
    'sam-event',
    authorizer,
    `'Authorizer' must be the name of one of the API's authorizers (or AWS_IAM / NONE), written out; not ${describeValue(authorizer)}.`,
  );
  return false;
}

function truthy(node: AstNode | undefined): boolean {
  return node?.type === 'boolean' ? node.value : isIntrinsicValue(node);
}

function checkRequestModel(
  ctx: TemplateContext,
  event: ApiEvent,
  api: TemplateResource | undefined,
  where: string,
): void {
  const model = getValue(event.properties, 'RequestModel');
  if (model?.type !== 'object' || isIntrinsicValue(model)) return;
  const name = getValue(model, 'Model');
  // SAM attaches a model, and reads ValidateBody / ValidateParameters, only when Model is truthy (push.py); it
  // looks the model up by name, so anything but a written-out string is not found (`isinstance(method_model, str)`).
  if (name?.type !== 'string' || name.tag) {
    if (pythonTruthy(name) && !languageExtensions(ctx.template))
      ctx.report(
        'sam-event',
        name!,
        `'Model' must be the name of one of the API's Models, written out; not ${describeValue(name!)}: the SAM transform cannot attach it to ${where}.`,
      );
    return;
  }
  if (!name.value) return;
  const models = api ? apiProperty(ctx.template, api, 'Models')?.value : undefined;
  const declared = asObject(models)?.properties.map((p) => p.key.value) ?? [];
  if (!declared.includes(name.value) && !isIntrinsicValue(models)) {
    ctx.report(
      'sam-event',
      name,
      declared.length
        ? `No model '${name.value}' in the API's Models (${declared.join(', ')}); the SAM transform cannot attach it to ${where}.`
        : `The API declares no Models, so the SAM transform cannot attach '${name.value}' to ${where}: add it under the API's 'Models'.`,
      declared.length ? { replaceWith: declared } : undefined,
    );
    return;
  }
  for (const flag of ['ValidateBody', 'ValidateParameters']) {
    const value = getValue(model, flag);
    if (present(value) && value.type !== 'boolean')
      ctx.report(
        'sam-event',
        value,
        `'${flag}' must be true or false (SAM takes no string or intrinsic here), not ${describeValue(value)}.`,
        { replaceWith: ['true', 'false'] },
      );
  }
}

function checkRequestParameters(ctx: TemplateContext, event: ApiEvent): void {
  const list = getValue(event.properties, 'RequestParameters');
  if (list?.type !== 'array' || list.tag) return;
  for (const item of list.items) {
    if (item.type === 'string' && !item.tag) {
      if (!PARAMETER_KEY.test(item.value))
        ctx.report(
          'sam-event',
          item,
          `'${item.value}' is not a request parameter: write 'method.request.querystring.<name>', 'method.request.path.<name>' or 'method.request.header.<name>'.`,
        );
    } else if (item.type === 'object' && !isIntrinsicValue(item)) {
      for (const prop of item.properties) {
        if (!PARAMETER_KEY.test(prop.key.value))
          ctx.report(
            'sam-event',
            prop.key,
            `'${prop.key.value}' is not a request parameter: write 'method.request.querystring.<name>', 'method.request.path.<name>' or 'method.request.header.<name>'.`,
          );
        else if (present(prop.value) && prop.value.type !== 'object')
          ctx.report(
            'sam-event',
            prop.value,
            `The settings of '${prop.key.value}' must be a mapping such as '{Required: true, Caching: false}', not ${describeValue(prop.value)}.`,
          );
      }
    } else {
      ctx.report(
        'sam-event',
        item,
        `Each request parameter is a string such as 'method.request.header.Authorization' or a mapping of one to '{Required: ..., Caching: ...}', not ${describeValue(item)}.`,
      );
    }
  }
}

function checkHttpEvent(ctx: TemplateContext, event: ApiEvent, api: TemplateResource | undefined): void {
  const auth = getValue(event.properties, 'Auth');
  if (auth?.type !== 'object' || isIntrinsicValue(auth)) return;
  const apiAuthNode = apiAuth(ctx.template, api, 'HttpApi');
  const authorizer = getValue(auth, 'Authorizer');
  if (!authorizerIsName(ctx, authorizer)) return;
  const hasDefault = present(getValue(apiAuthNode, 'DefaultAuthorizer'));
  if (!present(authorizer)) {
    if (!hasDefault)
      ctx.report(
        'sam-event',
        getProperty(event.properties, 'Auth')!.key,
        `This Auth has no 'Authorizer' and the HTTP API has no 'DefaultAuthorizer'; name an authorizer here (e.g. 'Authorizer: MyJwtAuthorizer') or set a DefaultAuthorizer on the API.`,
      );
    return;
  }
  if (authorizer.type === 'string' && authorizer.value === 'NONE' && !hasDefault) {
    ctx.report(
      'sam-event',
      authorizer,
      `'Authorizer: NONE' turns off the API's default authorizer, but the HTTP API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.`,
    );
    return;
  }
  if (authorizer.type === 'string' && authorizer.value === 'AWS_IAM' && !iamEnabled(apiAuthNode)) {
    ctx.report(
      'sam-event',
      authorizer,
      `'AWS_IAM' is an authorizer of an HTTP API only with 'EnableIamAuthorizer: true' in the API's Auth.`,
    );
    return;
  }
  const scopes = getValue(auth, 'AuthorizationScopes');
  if (present(scopes) && scopes.type !== 'array' && !isIntrinsicValue(scopes)) {
    ctx.report(
      'sam-event',
      scopes,
      `'AuthorizationScopes' must be a list of strings, e.g. '[read]', not ${describeValue(scopes)}.`,
    );
  }
}
