/**
 * REST parameter mappings: `integration.request.*` keys, `method.request.*` / `stageVariables.*` / `context.*` /
 * quoted static values, and method request parameters that the operation actually declares.
 * HTTP APIs: `append|overwrite|remove:header.*` style keys and `$request.*` values.
 */
import { AstNode, asObject, getValue, scalarText } from '../../parser/ast';
import { integrationsOf } from '../integrations';
import { declaredParameters, isDeclared, ParameterLocation } from '../parameters';
import { definitionRule, type DefinitionContext } from '../rule';

const restKey = /^integration\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.([^\s]+)$/;
const methodRequest =
  /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.([a-zA-Z0-9._$-]+)$/;
export const restValue =
  /^(?:method\.request\.(?:(?:path|querystring|multivaluequerystring|header|multivalueheader)\.[a-zA-Z0-9._$-]+|body(?:\..+)?)|\$?stageVariables\.[A-Za-z0-9_]+|\$?context\.[A-Za-z0-9_.]+|'[^']*')$/;
const httpKey = /^(?:(?:append|overwrite|remove):(?:header|querystring)\.[^\s]+|overwrite:path)$/;
const reservedHeader =
  /^(?:access-control-.*|apigw-.*|authorization|connection|content-encoding|content-length|content-location|forwarded|keep-alive|origin|proxy-authenticate|proxy-authorization|te|trailers|transfer-encoding|upgrade|x-amz-.*|x-amzn-.*|x-forwarded-for|x-forwarded-host|x-forwarded-proto|via)$/i;

export const requestParametersRule = definitionRule({
  name: 'request-parameters',
  reports: ['request-parameter-undeclared', 'request-parameters'],
  check(ctx) {
    for (const op of ctx.index.operations) {
      for (const { node } of integrationsOf(ctx.def.root, op)) {
        const params = asObject(getValue(node, 'requestParameters'));
        if (!params || getValue(node, 'integrationSubtype')) continue;
        if (ctx.apiType === 'REST') checkRest(ctx, params.properties, () => declaredParameters(ctx.def.root, op));
        else if (ctx.apiType === 'HTTP') checkHttp(ctx, params.properties);
      }
    }
  },
});

function checkRest(
  ctx: DefinitionContext,
  props: { key: AstNode & { value: string }; value: AstNode | undefined }[],
  declared: () => ReturnType<typeof declaredParameters>,
): void {
  let cache: ReturnType<typeof declaredParameters> | undefined;
  for (const prop of props) {
    const key = prop.key.value;
    if (key.includes('${')) continue;
    if (!restKey.test(key)) {
      ctx.report(
        'request-parameters',
        prop.key,
        `'${key}' is not an integration request parameter: use 'integration.request.{path|querystring|header|multivaluequerystring|multivalueheader}.<name>'.`,
      );
      continue;
    }
    const value = scalarText(prop.value);
    if (value === undefined || prop.value?.type !== 'string' || value.includes('${')) continue;
    if (!restValue.test(value)) {
      ctx.report(
        'request-parameters',
        prop.value,
        `Invalid mapping expression "${value}": use method.request.{path|querystring|header}.<name>, method.request.body, stageVariables.<name>, context.<name>, or a static value in single quotes ('${value}').`,
        { replaceWith: [`'${value}'`] },
      );
      continue;
    }
    const ref = methodRequest.exec(value);
    if (!ref) continue;
    cache ??= declared();
    if (!cache.complete) continue;
    const location = ref[1].replace('multivalue', '') as ParameterLocation;
    if (!isDeclared(cache, location, ref[2])) {
      const where = location === 'querystring' ? 'query' : location;
      ctx.report(
        'request-parameter-undeclared',
        prop.value,
        `'${ref[2]}' is not a declared ${where} parameter of this operation (or a path template variable); the import rejects '${value}'.`,
      );
    }
  }
}

function checkHttp(
  ctx: DefinitionContext,
  props: { key: AstNode & { value: string }; value: AstNode | undefined }[],
): void {
  for (const prop of props) {
    const key = prop.key.value;
    if (key.includes('${')) continue;
    if (!httpKey.test(key)) {
      ctx.report(
        'request-parameters',
        prop.key,
        `'${key}' is not an HTTP API parameter mapping: use 'append|overwrite|remove:header.<name>', 'append|overwrite|remove:querystring.<name>' or 'overwrite:path'.`,
      );
      continue;
    }
    const header = /:header\.(.+)$/.exec(key)?.[1];
    if (header && reservedHeader.test(header))
      ctx.report('request-parameters', prop.key, `The header '${header}' is reserved; HTTP APIs cannot map it.`);
  }
}
