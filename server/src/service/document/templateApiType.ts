/** The API type that a stage or settings resource of a template applies to. */
import type { TemplateResourceSpec } from '../catalogue/samSettings';
import type { ApiType } from '../catalogue/types';
import { asString, getValue, type AstNode } from '../parser/ast';
import { asIntrinsic } from './intrinsics';
import type { ApiDocument, TemplateResource } from './model';

export function templateApiType(doc: ApiDocument, resource: TemplateResource, spec: TemplateResourceSpec): ApiType {
  if (resource.type !== 'AWS::ApiGatewayV2::Stage') return spec.apiType;
  const ref = apiLogicalId(getValue(resource.properties, 'ApiId'));
  const api = ref ? doc.template?.resources.get(ref) : undefined;
  const protocol = getValue(api?.properties, 'ProtocolType');
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
