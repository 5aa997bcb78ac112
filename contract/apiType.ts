/**
 * The three kinds of API that API Gateway has, named once for every layer: the catalogue, the language service,
 * the messages to the client and the client's AWS calls all use this type.
 */
export type ApiType = 'REST' | 'HTTP' | 'WEBSOCKET';
export const API_TYPES: readonly ApiType[] = ['REST', 'HTTP', 'WEBSOCKET'];

/** What AWS imports a definition as: an OpenAPI 3 document or a Swagger 2.0 one. */
export type OpenApiVersion = 'openapi3' | 'swagger2';

/**
 * Where a definition's API type comes from: the template resource that holds it, the `apigw.apiType.overrides`
 * setting, what the document contains that only one type understands, or the REST default when nothing says.
 */
export type ApiTypeSource = 'setting' | 'template' | 'document' | 'default';

export function isApiType(value: unknown): value is ApiType {
  return value === 'REST' || value === 'HTTP' || value === 'WEBSOCKET';
}
