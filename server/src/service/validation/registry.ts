/**
 * Every rule id users see, with its default severity and what it finds, and the rule modules that report them.
 * A rule module may report several ids (the schema check reports value-type, enum-value, ...); each id is listed
 * here once, and `RuleId` is derived from this list, so an id that is not registered fails to compile.
 * Severities are read from here only; settings can change any of them.
 */
import { authorizersRule } from './rules/authorizers';
import { corsRule } from './rules/cors';
import { documentKindRule } from './rules/documentKind';
import { extensionsRule } from './rules/extensions';
import { gatewayResponsesRule } from './rules/gatewayResponses';
import { httpIntegrationsRule } from './rules/httpIntegrations';
import { integrationHttpMethodRule } from './rules/integrationHttpMethod';
import { integrationMissingRule } from './rules/integrationMissing';
import { integrationResponsesRule } from './rules/integrationResponses';
import { integrationSubtypeRule } from './rules/integrationSubtype';
import { integrationTimeoutRule } from './rules/integrationTimeout';
import { integrationUriRule } from './rules/integrationUri';
import { pathsRule } from './rules/paths';
import { refsRule } from './rules/refs';
import { requestParametersRule } from './rules/requestParameters';
import { requestValidatorRefRule } from './rules/requestValidatorRef';
import { securityRule } from './rules/security';
import { securityPolicyRule } from './rules/securityPolicy';
import { stageVariablesRule } from './rules/stageVariables';
import { unsupportedFeaturesRule } from './rules/unsupportedFeatures';
import { samAuthorizerRefsRule } from './rules/template/samAuthorizerRefs';
import { templateSettingsRule } from './rules/template/templateSettings';
import { throttleLimitsRule } from './rules/template/throttleLimits';
import { gatewayResponseTemplateRule } from './rules/templates/gatewayResponseTemplate';
import { templateSizeRule } from './rules/templates/templateSize';
import { templateSyntaxRule } from './rules/templates/templateSyntax';
import { templateUnknownMemberRule } from './rules/templates/templateUnknownMember';
import { samApiAuthRule } from './rules/template/samApiAuth';
import { samApiEventsRule } from './rules/template/samApiEvents';
import { samApiSettingsRule } from './rules/template/samApiSettings';
import { samDefinitionBodyRule } from './rules/template/samDefinitionBody';
import { samPropertyTypesRule } from './rules/template/samPropertyTypes';
import type { DefinitionRule, DocumentRule, RuleMeta, Severity, TemplateRule } from './rule';

export const DEFINITION_RULES: readonly DefinitionRule[] = [
  documentKindRule,
  extensionsRule,
  integrationMissingRule,
  integrationUriRule,
  integrationHttpMethodRule,
  integrationTimeoutRule,
  httpIntegrationsRule,
  integrationSubtypeRule,
  requestParametersRule,
  integrationResponsesRule,
  requestValidatorRefRule,
  securityRule,
  authorizersRule,
  corsRule,
  stageVariablesRule,
  refsRule,
  securityPolicyRule,
  pathsRule,
  gatewayResponsesRule,
  unsupportedFeaturesRule,
];

/** Rules over whole templates: SAM Auth, stage method settings, usage plans, route settings. */
export const TEMPLATE_RULES: readonly TemplateRule[] = [
  templateSettingsRule,
  throttleLimitsRule,
  samAuthorizerRefsRule,
  samPropertyTypesRule,
  samApiSettingsRule,
  samApiAuthRule,
  samApiEventsRule,
  samDefinitionBodyRule,
];

/** Rules over a whole document whatever it holds: mapping templates (in definitions, resources and `.vtl` files). */
export const DOCUMENT_RULES: readonly DocumentRule[] = [
  templateSyntaxRule,
  templateSizeRule,
  templateUnknownMemberRule,
  gatewayResponseTemplateRule,
];

const meta = <const Id extends string>(id: Id, severity: Severity, description: string): RuleMeta<Id> => ({
  id,
  severity,
  description,
});

export const RULES = [
  meta('syntax', 'error', 'YAML or JSON syntax errors.'),
  meta('duplicate-key', 'warning', 'A key written twice in one YAML mapping.'),
  meta(
    'integration-missing-all',
    'warning',
    'A REST definition without any integration (integrations set up elsewhere).',
  ),
  meta('unknown-extension', 'warning', 'An x-amazon-apigateway-* key that API Gateway does not know.'),
  meta('extension-placement', 'warning', 'An extension in a place where API Gateway does not read it.'),
  meta('extension-api-type', 'warning', 'An extension the API type does not support.'),
  meta(
    'extension-api-type-unconfirmed',
    'information',
    'An extension whose support by this API type is not confirmed.',
  ),
  meta('value-type', 'error', 'A value of the wrong type.'),
  meta('value-truth', 'warning', 'A SAM setting read by its truth, written as something other than true or false.'),
  meta('unknown-field', 'warning', 'A field an extension object does not have.'),
  meta('proxy-ignored-value', 'warning', 'A bad value in a field that a proxy integration ignores.'),
  meta('field-api-type', 'warning', 'A field the API type does not read.'),
  meta('missing-field', 'error', 'A required field is missing.'),
  meta('enum-value', 'error', 'A value outside the allowed set.'),
  meta('enum-case', 'warning', 'An allowed value written in another letter case.'),
  meta('value-range', 'error', 'A number out of range.'),
  meta('value-format', 'error', 'A string in the wrong format.'),
  meta('integration-missing', 'error', 'A REST operation without an integration.'),
  meta('integration-uri', 'error', 'A malformed integration URI.'),
  meta('integration-uri-type', 'warning', 'An integration URI that does not fit the integration type.'),
  meta('integration-http-method', 'error', 'A missing or invalid integration httpMethod.'),
  meta('lambda-post', 'error', 'A Lambda integration not called with POST.'),
  meta('integration-timeout', 'warning', 'A REST timeout above the default quota.'),
  meta('http-integration-type', 'warning', 'An integration type HTTP APIs do not support.'),
  meta('payload-format-version', 'error', 'An HTTP API integration without payloadFormatVersion.'),
  meta('payload-format-lambda', 'error', 'Payload format 2.0 on a non-Lambda integration.'),
  meta('subtype-parameters', 'error', 'Missing parameters of an AWS service integration subtype.'),
  meta('subtype-parameter-unknown', 'warning', 'A parameter an AWS service integration subtype does not have.'),
  meta('request-parameters', 'error', 'A malformed request parameter mapping.'),
  meta(
    'request-parameter-undeclared',
    'error',
    'A mapping from a method request parameter the operation does not declare.',
  ),
  meta('response-parameters', 'error', 'A malformed integration response parameter mapping.'),
  meta('response-status', 'information', 'An integration response without a matching method response.'),
  meta('request-validator-ref', 'warning', 'A request validator name that is not declared (the import ignores it).'),
  meta('security-ref', 'error', 'A security requirement naming an undeclared scheme.'),
  meta('root-security-ignored', 'information', 'Top-level security, which REST APIs ignore.'),
  meta('security-scheme-type', 'warning', 'A security scheme type REST APIs ignore.'),
  meta('http-multiple-security', 'error', 'Several security requirements on one HTTP API operation.'),
  meta('authorizer-shape', 'error', 'An authorizer missing what its type needs.'),
  meta('authorizer-uri', 'error', 'A malformed authorizer URI.'),
  meta('authorizer-identity-source', 'error', 'An identity source in the wrong format for the API type.'),
  meta('cors-credentials', 'error', 'CORS credentials allowed for every origin.'),
  meta('stage-variable', 'error', 'A malformed stage variable reference.'),
  meta('ref-missing', 'error', 'A $ref whose target does not exist.'),
  meta('ref-missing-model', 'warning', 'A $ref to a model (schema) that does not exist; the import ignores it.'),
  meta('ref-remote', 'information', 'A remote $ref, not fetched.'),
  meta(
    'ref-unchecked',
    'information',
    'A file $ref that is not read: too large, or outside the files that may be read.',
  ),
  meta('http-swagger2', 'error', 'A Swagger 2.0 definition for an HTTP API.'),
  meta('websocket-openapi', 'warning', 'An OpenAPI definition for a WebSocket API.'),
  meta('security-policy-access-mode', 'error', 'An enhanced security policy without an endpoint access mode.'),
  meta('path-template', 'error', 'A path API Gateway cannot create.'),
  meta('path-leading-slash', 'warning', "A path without its leading '/' (API Gateway deploys it)."),
  meta('gateway-response-parameters', 'error', 'A malformed gateway response parameter.'),
  meta('unsupported-feature', 'information', 'An OpenAPI feature REST import does not support.'),
  meta(
    'openapi-schema',
    'warning',
    'A violation of the OpenAPI 3.0 or Swagger 2.0 schema (unknown or missing member, wrong type or value).',
  ),
  meta(
    'openapi-version',
    'warning',
    'An OpenAPI version API Gateway does not import (it imports Swagger 2.0 and OpenAPI 3.0).',
  ),
  meta('throttle-burst-below-rate', 'warning', 'A throttle burst lower than its rate.'),
  meta('throttle-above-account', 'warning', "A throttle limit above AWS's default account quota."),
  meta('sam-authorizer-ref', 'error', 'A SAM authorizer name that the API does not declare.'),
  meta(
    'sam-property-type',
    'error',
    'A SAM API or API event property of a type the SAM transform rejects, missing, or unknown.',
  ),
  meta(
    'sam-api-setting',
    'error',
    'A SAM API setting the SAM transform rejects (definition source, CORS, domain, gateway responses, models).',
  ),
  meta('sam-auth', 'error', 'A SAM API Auth the SAM transform rejects (keys, authorizer shapes, usage plan).'),
  meta('sam-definition-body', 'error', "A SAM API's inline OpenAPI that the SAM transform cannot write into."),
  meta(
    'sam-event',
    'error',
    'An Api/HttpApi function event the SAM transform rejects (API reference, Auth, RequestModel, RequestParameters).',
  ),
  meta('too-large', 'information', 'A file too large to check (the server skips files over 16 MB).'),
  meta(
    'template-syntax',
    'warning',
    'A Velocity syntax error in a mapping template (it deploys, then every request that selects it fails).',
  ),
  meta('template-size', 'warning', "A mapping template larger than API Gateway's 300 KB limit."),
  meta(
    'template-unknown-member',
    'warning',
    'A $util or $input member API Gateway does not have (it renders as nothing).',
  ),
  meta(
    'gateway-response-template-vtl',
    'information',
    'Velocity in a gateway response template, which API Gateway does not run.',
  ),
];

export type RuleId = (typeof RULES)[number]['id'];

export const RULES_BY_ID: ReadonlyMap<string, RuleMeta<RuleId>> = new Map(RULES.map((r) => [r.id, r]));

/**
 * Ids reported outside the rule modules: by the parsers (syntax, duplicate-key), the OpenAPI structure check
 * (openapi-schema, openapi-version) and the server (too-large).
 */
export const CORE_RULE_IDS: readonly RuleId[] = [
  'syntax',
  'duplicate-key',
  'openapi-schema',
  'openapi-version',
  'too-large',
];
