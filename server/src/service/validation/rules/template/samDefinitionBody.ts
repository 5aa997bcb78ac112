/**
 * The inline OpenAPI of a SAM API (DefinitionBody) where the SAM transform writes into it: it must be a document SAM
 * recognises (`openapi: 3.x` or `swagger`, with a `paths` mapping), the path items SAM walks mappings (every one of a
 * REST definition; of an HTTP one, every one under a default authorizer and those its events add to), and the sections
 * SAM adds authorizers to (`securityDefinitions`, `components`) mappings too. An HTTP API that SAM writes into needs
 * OpenAPI 3, and the operations its events add to must be mappings. Severity evidence
 * (error): "Unable to add Auth configuration because 'DefinitionBody' does not contain a valid Swagger definition",
 * "Value of '/x' path must be a dictionary", "securityDefinitions must be a dictionary", and TypeErrors of the
 * transform on non-mapping sections (aws-sam-translator 1.115.0, swagger/swagger.py, open_api/open_api.py,
 * model/api/*); compared with the transform in test/server/service/validation/rules/template/samTranslator.test.ts.
 */
import { asIntrinsic, ifBranches } from '../../../document/intrinsics';
import type { TemplateModel, TemplateResource } from '../../../document/model';
import { AstNode, asObject, getProperty, getValue, ObjectNode, PropertyNode, scalarText } from '../../../parser/ast';
import { pythonTruthy } from '../../pythonTruth';
import { templateRule, type TemplateContext } from '../../rule';
import { apiEvents, refTarget } from './samApis';
import { apiProperty, describeValue, isIntrinsicValue, present } from './samShapes';

const OPENAPI_3 = /^3(\.\d)(\.\d)?$/;
/** REST settings SAM writes into the definition (api_generator.py: each returns early when the value is empty). */
const REST_WRITERS = ['Auth', 'Cors', 'GatewayResponses', 'Models'];
const HTTP_WRITERS = ['Auth', 'CorsConfiguration', 'Tags', 'Name', 'Description'];

export const samDefinitionBodyRule = templateRule({
  name: 'sam-definition-body',
  reports: ['sam-definition-body'],
  checkTemplate(ctx) {
    for (const api of ctx.template.resources.values()) {
      const rest = api.type === 'AWS::Serverless::Api';
      if (!rest && api.type !== 'AWS::Serverless::HttpApi') continue;
      const bodyProp = getProperty(api.properties, 'DefinitionBody');
      const body = bodyProp?.value;
      if (!bodyProp || body?.type !== 'object' || isIntrinsicValue(body) || body.properties.length === 0) continue;
      if (present(getValue(api.properties, 'DefinitionUri'))) continue;
      const writers = rest
        ? REST_WRITERS.filter((w) => pythonTruthy(apiProperty(ctx.template, api, w)?.value))
        : httpWriters(ctx.template, api);
      if (writers.length > 0 && !validDocument(body, rest)) {
        ctx.report(
          'sam-definition-body',
          invalidPart(body, rest) ?? bodyProp.key,
          `SAM writes ${writers.join(', ')} into this DefinitionBody, so it must be ${rest ? "an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document" : "an OpenAPI 3 document ('openapi: 3.0.1')"} with a 'paths' mapping.`,
        );
        continue;
      }
      const auth = apiProperty(ctx.template, api, 'Auth')?.value;
      if (rest) {
        const openApi3 = handsOnOpenApi3(body, apiProperty(ctx.template, api, 'OpenApiVersion')?.value);
        // SAM's Swagger editor checks every path item of a definition it writes into; the post-processing of an
        // OpenAPI 3 definition (which every REST definition goes through) reads them as written.
        if (writers.length > 0) checkPathItems(ctx, body, true, setsMethodSecurity(auth));
        else if (openApi3) checkPostProcessedPaths(ctx, body);
        checkRestSections(ctx, body, auth, apiProperty(ctx.template, api, 'Models')?.value, openApi3);
      } else if (validDocument(body, false)) {
        // SAM reads every valid HTTP definition (it adds its own tag); only a default authorizer walks every path.
        if (pythonTruthy(getValue(auth, 'DefaultAuthorizer'))) checkPathItems(ctx, body, false, true);
        checkHttpSections(ctx, body, auth);
        checkEventMethods(ctx, api, body);
        checkInfoOverrides(ctx, api, body);
      }
    }
  },
});

/**
 * What SAM writes into an HTTP API's definition (http_api_generator.py): the routes of the events bound to it, and the
 * settings that go into the OpenAPI (each skipped when empty; DisableExecuteApiEndpoint whenever it is set).
 */
function httpWriters(template: TemplateModel, api: TemplateResource): string[] {
  const routes = apiEvents(template).some((e) => e.api === api) ? ['its routes'] : [];
  const settings = HTTP_WRITERS.filter((w) => pythonTruthy(apiProperty(template, api, w)?.value));
  const endpoint = present(getValue(api.properties, 'DisableExecuteApiEndpoint')) ? ['DisableExecuteApiEndpoint'] : [];
  return [...routes, ...settings, ...endpoint];
}

function validDocument(body: ObjectNode, rest: boolean): boolean {
  if (getValue(body, 'paths')?.type !== 'object') return false;
  const openapi = getValue(body, 'openapi');
  if (present(openapi)) return OPENAPI_3.test(scalarText(openapi) ?? '');
  return rest && pythonTruthy(getValue(body, 'swagger'));
}

/** Where a document SAM does not recognise goes wrong: a non-mapping `paths`, else the version field. */
function invalidPart(body: ObjectNode, rest: boolean): AstNode | undefined {
  const paths = getProperty(body, 'paths');
  if (paths && paths.value?.type !== 'object') return paths.value ?? paths.key;
  const openapi = getProperty(body, 'openapi');
  if (openapi) return openapi.value ?? openapi.key;
  return rest ? getProperty(body, 'swagger')?.key : undefined;
}

const METHODS = new Set([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  'x-amazon-apigateway-any-method',
]);

/** With an API-wide default authorizer or API key, SAM writes `security` into every method of the definition. */
function setsMethodSecurity(auth: AstNode | undefined): boolean {
  return pythonTruthy(getValue(auth, 'ApiKeyRequired')) || pythonTruthy(getValue(auth, 'DefaultAuthorizer'));
}

/**
 * Every path item must be a mapping; where SAM adds security, so must every method. A REST method's own `security` must
 * then be a list too (SAM appends to it; the HTTP editor leaves a `security` it cannot read alone).
 */
function checkPathItems(ctx: TemplateContext, body: ObjectNode, rest: boolean, methodsMustBeMaps: boolean): void {
  for (const path of asObject(getValue(body, 'paths'))!.properties) {
    const items = ifBranches(path.value) ?? [path.value];
    for (const item of items) {
      if (item && (item.type === 'object' || asIntrinsic(item))) {
        if (!methodsMustBeMaps || item.type !== 'object') continue;
        for (const method of item.properties) {
          const value = method.value;
          if (
            !METHODS.has(method.key.value.toLowerCase()) ||
            !value ||
            value.type === 'null' ||
            isIntrinsicValue(value)
          )
            continue;
          if (value.type !== 'object') {
            ctx.report(
              'sam-definition-body',
              value,
              `SAM adds the API's default authorizer or API key to every method, so '${method.key.value} ${path.key.value}' must be a mapping, not ${describeValue(value)}.`,
            );
            continue;
          }
          const security = getValue(value, 'security');
          if (rest && present(security) && security.type !== 'array' && !isIntrinsicValue(security)) {
            ctx.report(
              'sam-definition-body',
              security,
              `SAM adds the API's default authorizer or API key to the 'security' of '${method.key.value} ${path.key.value}', so it must be a list of requirements such as '[{MyAuthorizer: []}]', not ${describeValue(security)}.`,
            );
          }
        }
        continue;
      }
      reportPathItem(ctx, path, item);
    }
  }
}

function reportPathItem(ctx: TemplateContext, path: PropertyNode, item: AstNode | undefined): void {
  ctx.report(
    'sam-definition-body',
    item && present(item) ? item : path.key,
    `The path '${path.key.value}' must map to its methods (a mapping such as '{get: {...}}'), not ${item ? describeValue(item) : 'nothing'}; the SAM transform rejects it.`,
  );
}

/**
 * What SAM hands on is OpenAPI 3 when the OpenApiVersion setting, else the definition's own `openapi`, says so, and
 * never a definition with a `swagger` field (api_generator.py `_openapi_postprocess`).
 */
function handsOnOpenApi3(body: ObjectNode, openApiVersion: AstNode | undefined): boolean {
  if (present(getValue(body, 'swagger'))) return false;
  const version = present(openApiVersion) ? openApiVersion : getValue(body, 'openapi');
  return OPENAPI_3.test(scalarText(version) ?? '');
}

/** The post-processing of an OpenAPI 3 definition reads `paths` and each path item as written (conditions unread). */
function checkPostProcessedPaths(ctx: TemplateContext, body: ObjectNode): void {
  const paths = getValue(body, 'paths');
  if (!pythonTruthy(paths)) return;
  if (paths!.type !== 'object' || paths!.tag) {
    ctx.report(
      'sam-definition-body',
      paths!,
      `SAM reads the paths of every OpenAPI 3 definition of a REST API, so 'paths' must be a mapping, not ${describeValue(paths!)}.`,
    );
    return;
  }
  for (const path of paths!.properties) {
    const item = path.value;
    if (!item || (item.type !== 'object' && !asIntrinsic(item))) reportPathItem(ctx, path, item);
  }
}

/**
 * SAM adds the schemes of the API's authorizers and API key to `securityDefinitions`, which must then be a mapping. In
 * OpenAPI 3, post-processing moves `securityDefinitions` and `definitions` (where SAM adds the Models) into
 * `components`, which must then be a mapping too (api_generator.py `_openapi_postprocess`).
 */
function checkRestSections(
  ctx: TemplateContext,
  body: ObjectNode,
  auth: AstNode | undefined,
  models: AstNode | undefined,
  openApi3: boolean,
): void {
  const schemes =
    pythonTruthy(getValue(auth, 'Authorizers')) || scalarText(getValue(auth, 'DefaultAuthorizer')) === 'AWS_IAM'
      ? "the API's authorizers"
      : pythonTruthy(getValue(auth, 'ApiKeyRequired'))
        ? 'the API key'
        : undefined;
  if (schemes) checkSection(ctx, body, 'securityDefinitions', `SAM adds ${schemes} to`);
  if (!openApi3) return;
  const moved =
    schemes ??
    (pythonTruthy(models)
      ? "the API's Models"
      : pythonTruthy(getValue(body, 'securityDefinitions'))
        ? "the definition's securityDefinitions"
        : pythonTruthy(getValue(body, 'definitions'))
          ? "the definition's definitions"
          : undefined);
  if (moved) checkSection(ctx, body, 'components', `SAM adds ${moved} to`);
}

function checkSection(ctx: TemplateContext, body: ObjectNode, section: string, why: string): void {
  const value = getValue(body, section);
  if (!pythonTruthy(value) || value!.type === 'object' || isIntrinsicValue(value)) return;
  ctx.report(
    'sam-definition-body',
    value!,
    `${why} '${section}', so it must be a mapping, not ${describeValue(value!)}.`,
  );
}

/**
 * SAM's OpenAPI editor reads `components.securitySchemes` of every HTTP definition and adds its own tag to `tags`
 * (open_api.py `__init__`, `add_tags`); an empty `tags` it replaces.
 */
function checkHttpSections(ctx: TemplateContext, body: ObjectNode, auth: AstNode | undefined): void {
  const components = getValue(body, 'components');
  if (present(components) && components.type !== 'object' && !isIntrinsicValue(components))
    ctx.report(
      'sam-definition-body',
      components,
      pythonTruthy(getValue(auth, 'Authorizers'))
        ? `SAM adds the API's authorizers to 'components', so it must be a mapping, not ${describeValue(components)}.`
        : `SAM reads the security schemes in 'components' of an HTTP API's definition, so it must be a mapping, not ${describeValue(components)}.`,
    );
  const tags = getValue(body, 'tags');
  if (pythonTruthy(tags) && (tags!.type !== 'array' || tags!.tag))
    ctx.report(
      'sam-definition-body',
      tags!,
      `SAM adds its own tag to the 'tags' of an HTTP API's definition, so they must be a list, not ${describeValue(tags!)}.`,
    );
}

/**
 * An HTTP API's Name and Description go into `info.title` / `info.description` (http_api_generator.py `_add_title`,
 * `_add_description`): the description must not be set there already, and the title must be the one SAM generates
 * (`!Ref AWS::StackName`), so a definition with a title of its own, or none, takes no Name.
 */
function checkInfoOverrides(ctx: TemplateContext, api: TemplateResource, body: ObjectNode): void {
  const info = asObject(getValue(body, 'info'));
  const name = getProperty(api.properties, 'Name');
  const title = getValue(info, 'title');
  if (name && pythonTruthy(name.value) && refTarget(title) !== 'AWS::StackName') {
    ctx.report(
      'sam-definition-body',
      name.key,
      pythonTruthy(title)
        ? `SAM writes 'Name' into the DefinitionBody's 'info.title', which is already set there; keep one of the two.`
        : `SAM writes 'Name' into the DefinitionBody's 'info.title' only in place of its own '!Ref AWS::StackName'; write the title there instead of 'Name'.`,
    );
  }
  const description = getProperty(api.properties, 'Description');
  if (description && pythonTruthy(description.value) && pythonTruthy(getValue(info, 'description'))) {
    ctx.report(
      'sam-definition-body',
      description.key,
      `SAM writes 'Description' into the DefinitionBody's 'info.description', which is already set there; keep one of the two.`,
    );
  }
}

/**
 * HTTP API events write their integration into `paths.<Path>.<method>`: the path item, when the definition has one,
 * must be a mapping, and so must the operation. SAM looks the method up in lower case, exactly (push.py `HttpApi`,
 * open_api.py `add_lambda_integration`). A path item reported twice (by two events, or also by checkPathItems) is
 * one diagnostic: validation merges identical findings.
 */
function checkEventMethods(ctx: TemplateContext, api: TemplateResource, body: ObjectNode): void {
  const paths = asObject(getValue(body, 'paths'));
  for (const event of apiEvents(ctx.template)) {
    if (event.api !== api) continue;
    let path = scalarText(getValue(event.properties, 'Path'));
    let method = scalarText(getValue(event.properties, 'Method'))?.toLowerCase();
    // An event with neither is the `$default` route (implicit_http_api_plugin.py); one without the other is refused.
    if (!path && !method) [path, method] = ['$default', 'any'];
    if (path === undefined || method === undefined) continue;
    const pathItem = getProperty(paths, path);
    if (!pathItem) continue;
    const items = ifBranches(pathItem.value) ?? [pathItem.value];
    // A path item that is not a mapping has no operation to look up below.
    const wrong = items.filter((item) => !item || (item.type !== 'object' && !asIntrinsic(item)));
    for (const item of wrong) reportPathItem(ctx, pathItem, item);
    const key = method === 'any' ? 'x-amazon-apigateway-any-method' : method;
    const operation = asObject(pathItem.value)?.properties.find((p) => p.key.value === key);
    const value = operation?.value;
    if (!value || value.type === 'object' || value.type === 'null' || isIntrinsicValue(value)) continue;
    ctx.report(
      'sam-definition-body',
      value,
      `The event '${event.name.key.value}' adds its integration to '${method} ${path}', so that operation must be a mapping, not ${describeValue(value)}.`,
    );
  }
}
