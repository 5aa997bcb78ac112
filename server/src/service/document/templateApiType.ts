/** The API type that a stage or settings resource of a template applies to. */
import type { TemplateResourceSpec } from '../catalogue/samSettings';
import type { ApiType } from '../catalogue/types';
import type { ApiDocument, TemplateResource } from './model';

export function templateApiType(doc: ApiDocument, resource: TemplateResource, spec: TemplateResourceSpec): ApiType {
  if (resource.type !== 'AWS::ApiGatewayV2::Stage') return spec.apiType;
  const apiId = resource.properties?.properties.find((p) => p.key.value === 'ApiId')?.value;
  const ref =
    apiId?.type === 'string' && apiId.tag === '!Ref'
      ? apiId.value
      : apiId?.type === 'object' &&
          apiId.properties[0]?.key.value === 'Ref' &&
          apiId.properties[0].value?.type === 'string'
        ? apiId.properties[0].value.value
        : undefined;
  const api = ref ? doc.template?.resources.get(ref) : undefined;
  const protocol = api?.properties?.properties.find((p) => p.key.value === 'ProtocolType')?.value;
  return protocol?.type === 'string' && protocol.value === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP';
}
