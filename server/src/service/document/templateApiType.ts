/** The API type that a stage or settings resource of a template applies to. */
import type { TemplateResourceSpec } from '../catalogue/samSettings';
import type { ApiType } from '../catalogue/types';
import { asObject, asString, getProperty, getValue, type AstNode, type ObjectNode } from '../parser/ast';
import { asIntrinsic } from './intrinsics';
import type { ApiDocument, TemplateResource } from './model';

export function templateApiType(doc: ApiDocument, resource: TemplateResource, spec: TemplateResourceSpec): ApiType {
  if (resource.type !== 'AWS::ApiGatewayV2::Stage') return spec.apiType;
  const ref = apiLogicalId(getValue(resource.properties, 'ApiId'));
  const api = ref ? doc.template?.resources.get(ref) : undefined;
  // An API in another stack, named by a parameter or by its id: the stage's own settings are all there is to go by.
  if (!api) return writtenForWebSocket(resource.properties, spec) ? 'WEBSOCKET' : 'HTTP';
  const protocol = getValue(api.properties, 'ProtocolType');
  return protocol?.type === 'string' && protocol.value === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP';
}

/**
 * The logical id of the API a stage's ApiId names: `Ref Api`, or `Fn::GetAtt Api.ApiId` (an ApiGatewayV2::Api's
 * `ApiId` attribute is its id, as its Ref is), in long or short form; the GetAtt as `Api.ApiId` or `[Api, ApiId]`.
 */
function apiLogicalId(apiId: AstNode | undefined): string | undefined {
  const fn = asIntrinsic(apiId);
  if (fn?.name === 'Ref') return asString(fn.argument);
  if (fn?.name !== 'Fn::GetAtt') return undefined;
  const parts = fn.argument?.type === 'array' ? fn.argument.items.map(asString) : asString(fn.argument)?.split('.');
  return parts?.length === 2 && parts[1] === 'ApiId' ? parts[0] : undefined;
}

/**
 * Route settings that only a WebSocket stage has, from the catalogue: a route key that no HTTP route has (`$connect`,
 * `sendMessage`) or a field only WebSocket APIs read (`LoggingLevel`, `DataTraceEnabled`). Checking such a stage as
 * an HTTP one would give false errors; an HTTP stage with them is wrong anyway.
 */
function writtenForWebSocket(properties: ObjectNode | undefined, spec: TemplateResourceSpec): boolean {
  const routeSettingsMap = spec.properties.fields!.RouteSettings;
  const httpRouteKey = routeSettingsMap.keys!.pattern!.regex;
  const webSocketFields = Object.entries(routeSettingsMap.values!.fields!)
    .filter(([, field]) => field.apiTypes?.length === 1 && field.apiTypes[0] === 'WEBSOCKET')
    .map(([name]) => name);
  const routes = asObject(getValue(properties, 'RouteSettings'))?.properties ?? [];
  const settings = [getValue(properties, 'DefaultRouteSettings'), ...routes.map((route) => route.value)];
  return (
    routes.some((route) => !httpRouteKey.test(route.key.value)) ||
    settings.some((values) => webSocketFields.some((name) => getProperty(values, name)))
  );
}
