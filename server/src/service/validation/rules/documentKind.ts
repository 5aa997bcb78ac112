/** The definition fits its API type: HTTP APIs import OpenAPI 3 only; WebSocket APIs cannot be imported. */
import { getProperty } from '../../parser/ast';
import { definitionRule } from '../rule';

export const documentKindRule = definitionRule({
  name: 'api-type-document',
  reports: ['http-swagger2', 'websocket-openapi'],
  check(ctx) {
    const versionKey = getProperty(ctx.def.root, ctx.def.version === 'swagger2' ? 'swagger' : 'openapi')?.key ?? {
      offset: ctx.def.root.offset,
      length: 1,
    };
    if (ctx.apiType === 'HTTP' && ctx.def.version === 'swagger2') {
      ctx.report('http-swagger2', versionKey, 'HTTP APIs import only OpenAPI 3.0 definitions, not Swagger 2.0.');
    }
    if (ctx.apiType === 'WEBSOCKET') {
      ctx.report(
        'websocket-openapi',
        versionKey,
        'WebSocket APIs cannot be imported from OpenAPI; API Gateway reads this definition only for REST or HTTP APIs.',
      );
    }
  },
});
