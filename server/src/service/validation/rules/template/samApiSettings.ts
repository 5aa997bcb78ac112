/**
 * SAM API settings the transform checks: the Globals sections they come from, where the definition comes from
 * (DefinitionBody or DefinitionUri, not both; settings that SAM writes into an inline definition), OpenApiVersion,
 * EndpointConfiguration, Cors / CorsConfiguration, Domain, GatewayResponses and Models.
 * Severity evidence (error): each is an InvalidResourceException (InvalidGlobalsSectionException for Globals) of the SAM
 * transform, so the stack is not created (aws-sam-translator 1.115.0, model/api/api_generator.py,
 * http_api_generator.py, model/apigateway.py, plugins/globals/globals.py); compared with
 * the transform in test/server/service/validation/rules/template/samTranslator.test.ts.
 */
import type { TemplateResource } from '../../../document/model';
import { asObject, getProperty, getValue, PropertyNode, scalarText } from '../../../parser/ast';
import { closestMatches, didYouMean } from '../../../util/similarity';
import { templateRule, type TemplateContext } from '../../rule';
import { pythonTruthy } from '../../pythonTruth';
import {
  apiGlobals,
  apiProperty,
  describeValue,
  isIntrinsicValue,
  languageExtensions,
  present,
  samApisWithImplicit,
} from './samShapes';

const REST_CORS_KEYS = ['AllowMethods', 'AllowHeaders', 'AllowOrigin', 'MaxAge', 'AllowCredentials'];
const HTTP_CORS_KEYS = ['AllowMethods', 'AllowHeaders', 'AllowOrigins', 'MaxAge', 'ExposeHeaders', 'AllowCredentials'];
const GATEWAY_RESPONSE_KEYS = ['ResponseParameters', 'ResponseTemplates', 'StatusCode'];
const GATEWAY_RESPONSE_PARAMETER_KEYS = ['Headers', 'Paths', 'QueryStrings'];
const MTLS_KEYS = ['TruststoreUri', 'TruststoreVersion'];
const OPENAPI_VERSION = /^[2-3](\.\d)(\.\d)?$/;

/** Settings SAM can only write into an inline definition. */
const REST_INLINE_ONLY = ['Auth', 'Cors', 'GatewayResponses', 'Models'];
const HTTP_INLINE_ONLY = ['Auth', 'CorsConfiguration', 'Tags', 'Description', 'Name', 'DisableExecuteApiEndpoint'];

export const samApiSettingsRule = templateRule({
  name: 'sam-api-setting',
  reports: ['sam-api-setting'],
  checkTemplate(ctx) {
    checkGlobalSections(ctx);
    for (const api of samApisWithImplicit(ctx.template)) {
      const rest = api.type === 'AWS::Serverless::Api';
      const prop = (name: string) => apiProperty(ctx.template, api, name);
      checkDefinitionSource(ctx, api, rest);
      const version = prop('OpenApiVersion')?.value;
      if (rest && version?.type === 'string' && !version.tag && !OPENAPI_VERSION.test(version.value)) {
        ctx.report(
          'sam-api-setting',
          version,
          `The SAM transform wants 'OpenApiVersion' written like '3.0.1' (or '2.0'), not "${version.value}".`,
          { replaceWith: ['3.0.1'] },
        );
      } else if (rest && isIntrinsicValue(version)) {
        // SAM compares the value with its version pattern before CloudFormation resolves anything.
        ctx.report(
          'sam-api-setting',
          version!,
          `The SAM transform reads 'OpenApiVersion' itself and cannot resolve an intrinsic function here; write the version, e.g. '3.0.1'.`,
          { replaceWith: ['3.0.1'] },
        );
      }
      const endpoint = prop('EndpointConfiguration')?.value;
      if (
        endpoint?.type === 'object' &&
        getProperty(endpoint, 'VPCEndpointIds') &&
        getProperty(endpoint, 'VpcEndpointIds')
      ) {
        ctx.report(
          'sam-api-setting',
          getProperty(endpoint, 'VpcEndpointIds')!.key,
          `Write the VPC endpoints once, as 'VPCEndpointIds' (SAM's spelling); the SAM transform rejects 'VPCEndpointIds' and 'VpcEndpointIds' together.`,
        );
      }
      if (rest) checkRestCors(ctx, prop('Cors'));
      else checkHttpCors(ctx, prop('CorsConfiguration'));
      checkDomain(ctx, prop('Domain'), rest);
      if (rest) {
        checkGatewayResponses(ctx, prop('GatewayResponses'));
        checkModels(ctx, prop('Models'));
      }
    }
  },
});

/**
 * Globals.Api and Globals.HttpApi are mappings of settings (plugins/globals/globals.py): SAM rejects any other value,
 * null and a short-form intrinsic included (unless AWS::LanguageExtensions resolves it first), whether or not an API of
 * that kind exists.
 */
function checkGlobalSections(ctx: TemplateContext): void {
  const globals = asObject(getValue(ctx.template.root, 'Globals'));
  for (const [section, kind] of [
    ['Api', 'REST'],
    ['HttpApi', 'HTTP'],
  ]) {
    const prop = getProperty(globals, section);
    const value = prop?.value;
    if (!value || (value.type === 'object' && !value.tag)) continue;
    if (isIntrinsicValue(value) && languageExtensions(ctx.template)) continue;
    ctx.report(
      'sam-api-setting',
      present(value) ? value : prop.key,
      `Globals.${section} must be a mapping of the settings SAM gives every ${kind} API (or be left out), not ${describeValue(value)}; the SAM transform rejects the Globals section.`,
    );
  }
}

function checkDefinitionSource(ctx: TemplateContext, api: TemplateResource, rest: boolean): void {
  const body = getProperty(api.properties, 'DefinitionBody');
  const uri = getProperty(api.properties, 'DefinitionUri');
  // SAM gives every REST API without a DefinitionUri of its own a DefinitionBody (its own, or the one it generates)
  // before it merges Globals, so a DefinitionUri from Globals.Api then makes two definitions.
  const globalUri = getProperty(asObject(apiGlobals(ctx.template, api.type)), 'DefinitionUri');
  if (rest && globalUri && pythonTruthy(globalUri.value) && !present(uri?.value)) {
    ctx.report(
      'sam-api-setting',
      globalUri.key,
      `${api.logicalId} takes 'DefinitionUri' from Globals.Api, but SAM has already given it a DefinitionBody (its own, or the one it generates); the SAM transform rejects both. Set 'DefinitionUri' on each API that reads its definition from a file.`,
    );
    return;
  }
  if (body && pythonTruthy(body.value) && uri && pythonTruthy(uri.value)) {
    for (const key of [body.key, uri.key])
      ctx.report(
        'sam-api-setting',
        key,
        `${api.logicalId} has both 'DefinitionBody' and 'DefinitionUri'; the SAM transform takes one: keep the inline definition or the file, not both.`,
      );
    return;
  }
  if (computedSetting(ctx, uri, "the S3 location ('s3://bucket/key') or a mapping with 'Bucket' and 'Key'")) return;
  if (!uri || !present(uri.value) || isIntrinsicValue(uri.value)) return;
  if (uri.value.type === 'object') {
    for (const key of ['Bucket', 'Key']) {
      if (!present(getValue(uri.value, key)))
        ctx.report(
          'sam-api-setting',
          uri.key,
          `'DefinitionUri' as a mapping needs both 'Bucket' and 'Key' (and optionally 'Version'); '${key}' is missing.`,
        );
    }
  }
  const inlineOnly = (rest ? REST_INLINE_ONLY : HTTP_INLINE_ONLY).filter((name) =>
    pythonTruthy(apiProperty(ctx.template, api, name)?.value),
  );
  if (inlineOnly.length)
    ctx.report(
      'sam-api-setting',
      uri.key,
      `SAM cannot write ${inlineOnly.join(', ')} into a definition it reads from 'DefinitionUri'; inline the definition as 'DefinitionBody', or set these in the file.`,
    );
  for (const name of inlineOnly) {
    // SAM skips a setting that is empty or false before it looks for the definition.
    const setting = apiProperty(ctx.template, api, name)!;
    ctx.report(
      'sam-api-setting',
      setting.key,
      `SAM writes '${name}' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.`,
    );
  }
}

function unknownKey(ctx: TemplateContext, key: PropertyNode, where: string, known: string[]): void {
  const suggestions = closestMatches(key.key.value, known);
  ctx.report(
    'sam-api-setting',
    key.key,
    `The SAM transform rejects '${key.key.value}' in ${where}; it knows ${known.join(', ')}.${didYouMean(suggestions)}`,
    suggestions.length ? { replaceWith: suggestions } : undefined,
  );
}

function checkRestCors(ctx: TemplateContext, cors: PropertyNode | undefined): void {
  const value = cors?.value;
  if (value?.type !== 'object' || isIntrinsicValue(value)) return;
  const bad = value.properties.find((p) => !REST_CORS_KEYS.includes(p.key.value));
  if (bad) return unknownKey(ctx, bad, "'Cors'", REST_CORS_KEYS);
  const credentials = getValue(value, 'AllowCredentials');
  const origin = getValue(value, 'AllowOrigin');
  if (credentials?.type === 'boolean' && credentials.value && (!present(origin) || scalarText(origin) === "'*'")) {
    ctx.report(
      'sam-api-setting',
      credentials,
      `CORS cannot allow credentials for every origin: with 'AllowCredentials: true', set 'AllowOrigin' to one origin in quotes, e.g. "'https://example.com'".`,
    );
  }
}

function checkHttpCors(ctx: TemplateContext, cors: PropertyNode | undefined): void {
  const value = cors?.value;
  if (value?.type !== 'object' || isIntrinsicValue(value)) return;
  const bad = value.properties.find((p) => !HTTP_CORS_KEYS.includes(p.key.value));
  if (bad) return unknownKey(ctx, bad, "'CorsConfiguration'", HTTP_CORS_KEYS);
  const credentials = getValue(value, 'AllowCredentials');
  const origins = getValue(value, 'AllowOrigins');
  if (
    credentials?.type === 'boolean' &&
    credentials.value &&
    origins?.type === 'array' &&
    origins.items.length === 1 &&
    scalarText(origins.items[0]) === '*'
  ) {
    ctx.report(
      'sam-api-setting',
      credentials,
      `CORS cannot allow credentials for every origin: with 'AllowCredentials: true', list the allowed origins in 'AllowOrigins' instead of '*'.`,
    );
  }
}

function checkDomain(ctx: TemplateContext, domain: PropertyNode | undefined, rest: boolean): void {
  const value = domain?.value;
  if (!domain || value?.type !== 'object' || isIntrinsicValue(value)) return;
  const missing = ['DomainName', 'CertificateArn'].filter((k) => !present(getValue(value, k)));
  if (missing.length) {
    ctx.report(
      'sam-api-setting',
      domain.key,
      `A custom 'Domain' needs both 'DomainName' and 'CertificateArn'; add ${missing.map((m) => `'${m}'`).join(' and ')}.`,
    );
    return;
  }
  const endpoint = getValue(value, 'EndpointConfiguration');
  const allowed = rest ? ['EDGE', 'REGIONAL', 'PRIVATE'] : ['REGIONAL'];
  if (present(endpoint) && !isIntrinsicValue(endpoint) && !allowed.includes(scalarText(endpoint) ?? '')) {
    ctx.report(
      'sam-api-setting',
      endpoint,
      `The SAM transform accepts ${allowed.join(', ')} as the EndpointConfiguration of ${rest ? 'a REST' : 'an HTTP'} API's custom domain, not ${describeValue(endpoint)}.`,
      { replaceWith: allowed },
    );
  }
  const mtls = getValue(value, 'MutualTlsAuthentication');
  const badMtls = asObject(mtls)?.properties.find((p) => !MTLS_KEYS.includes(p.key.value));
  if (badMtls) unknownKey(ctx, badMtls, "'MutualTlsAuthentication'", MTLS_KEYS);
  const route53 = getValue(value, 'Route53');
  if (present(route53) && !isIntrinsicValue(route53)) {
    if (route53.type !== 'object')
      ctx.report(
        'sam-api-setting',
        route53,
        `'Route53' must be a mapping with 'HostedZoneId' or 'HostedZoneName', not ${describeValue(route53)}.`,
      );
    else if (!present(getValue(route53, 'HostedZoneId')) && !present(getValue(route53, 'HostedZoneName'))) {
      ctx.report(
        'sam-api-setting',
        getProperty(value, 'Route53')!.key,
        `'Route53' needs 'HostedZoneId' or 'HostedZoneName' so that SAM can add the DNS record.`,
      );
    }
  }
}

/**
 * A setting SAM reads itself (DefinitionUri, GatewayResponses, Models, a gateway response's StatusCode) written as an
 * intrinsic: to SAM that is a mapping whose one key is the function's name, which it rejects (unless
 * AWS::LanguageExtensions resolves the intrinsic first).
 */
function computedSetting(ctx: TemplateContext, prop: PropertyNode | undefined, what: string): boolean {
  const value = prop?.value;
  if (!isIntrinsicValue(value) || languageExtensions(ctx.template)) return false;
  ctx.report(
    'sam-api-setting',
    value!,
    `The SAM transform reads '${prop!.key.value}' itself and cannot resolve an intrinsic function here: write ${what}.`,
  );
  return true;
}

function checkGatewayResponses(ctx: TemplateContext, responses: PropertyNode | undefined): void {
  const value = responses?.value;
  if (computedSetting(ctx, responses, 'the gateway responses as a mapping')) return;
  if (value?.type !== 'object' || isIntrinsicValue(value)) return;
  for (const response of value.properties) {
    const body = response.value;
    if (!body) continue;
    if (isIntrinsicValue(body)) {
      ctx.report(
        'sam-api-setting',
        body,
        `SAM does not accept intrinsic functions for a whole gateway response ('${response.key.value}'); write the mapping and use intrinsics inside it.`,
      );
      continue;
    }
    if (body.type !== 'object') {
      // A null response too: SAM wants a mapping for each one it lists.
      ctx.report(
        'sam-api-setting',
        body,
        `The gateway response '${response.key.value}' must be a mapping (StatusCode, ResponseParameters, ResponseTemplates), not ${describeValue(body)}.`,
      );
      continue;
    }
    const bad = body.properties.find((p) => !GATEWAY_RESPONSE_KEYS.includes(p.key.value));
    if (bad) {
      unknownKey(ctx, bad, `the gateway response '${response.key.value}'`, GATEWAY_RESPONSE_KEYS);
      continue;
    }
    const badParam = asObject(getValue(body, 'ResponseParameters'))?.properties.find(
      (p) => !GATEWAY_RESPONSE_PARAMETER_KEYS.includes(p.key.value),
    );
    if (badParam) unknownKey(ctx, badParam, 'ResponseParameters', GATEWAY_RESPONSE_PARAMETER_KEYS);
    // SAM checks the status itself (apigateway.py ApiGatewayResponse `_status_code_string`).
    if (computedSetting(ctx, getProperty(body, 'StatusCode'), 'the status code, e.g. 401')) continue;
    const status = getValue(body, 'StatusCode');
    if (present(status) && !isIntrinsicValue(status) && !/^\d+$/.test(scalarText(status) ?? '')) {
      ctx.report('sam-api-setting', status, `'StatusCode' must be a number such as 401, not ${describeValue(status)}.`);
    }
  }
}

/** api_generator.py `_add_models` and swagger.py `add_models`: each model a mapping with a non-empty `type`. */
function checkModels(ctx: TemplateContext, models: PropertyNode | undefined): void {
  const value = models?.value;
  if (computedSetting(ctx, models, 'the models as a mapping')) return;
  if (value?.type !== 'object' || isIntrinsicValue(value)) return;
  const resolved = languageExtensions(ctx.template);
  for (const model of value.properties) {
    const schema = model.value;
    if (!schema || (resolved && isIntrinsicValue(schema))) continue;
    // An intrinsic is a mapping to SAM, but one without a 'type'.
    if (schema.type !== 'object' && !isIntrinsicValue(schema))
      ctx.report(
        'sam-api-setting',
        schema,
        `The model '${model.key.value}' must be a JSON schema (a mapping with 'type'), not ${describeValue(schema)}.`,
      );
    else if (isIntrinsicValue(schema) || !pythonTruthy(getValue(schema, 'type')))
      ctx.report(
        'sam-api-setting',
        model.key,
        `The model '${model.key.value}' needs a 'type' (for example 'type: object'); the SAM transform rejects a model schema without one.`,
        isIntrinsicValue(schema)
          ? undefined
          : { addField: { name: 'type', value: 'object', objectOffset: schema.offset } },
      );
  }
}
