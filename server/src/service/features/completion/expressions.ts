/**
 * Mapping expressions: `method.request.*` sources built from the parameters the operation declares,
 * `integration.request.*` targets, HTTP API `$request.*` and `append|overwrite|remove:` forms, and variables
 * (`$context`, `$input`, `$util`, `$stageVariables`) inside mapping templates and access log formats.
 */
import { CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { ContextUse, contextVariablesFor } from '../../catalogue/contextVariables';
import { templateMembers } from '../../templates/members';
import type { ApiType } from '../../catalogue/types';
import { indexDefinition } from '../../document/definitionIndex';
import { declaredParameters } from '../../validation/parameters';
import type { PathContext } from '../pathContext';
import { CompletionSite, keyItem, tokenItem, valueItem } from './items';

const INTEGRATION = 'x-amazon-apigateway-integration';

function operationParameters(ctx: PathContext) {
  const path = ctx.defPath;
  if (!ctx.def || !path || path[0] !== 'paths' || path[3] !== INTEGRATION) return undefined;
  const op = indexDefinition(ctx.def).operations.find(
    (o) => o.pathKey.key.value === path[1] && o.property.key.value === path[2],
  );
  return op ? declaredParameters(ctx.def.root, op) : undefined;
}

/** Where in an integration the cursor is: `requestParameters` (key or value), `cacheKeyParameters` item, ... */
function integrationSlot(ctx: PathContext): string | undefined {
  if (ctx.extension?.name !== INTEGRATION && ctx.extension?.name !== 'x-amazon-apigateway-integrations')
    return undefined;
  const inner = ctx.extension.name === INTEGRATION ? ctx.extensionPath : ctx.extensionPath?.slice(1);
  return inner?.map((s) => (typeof s === 'number' ? '#' : s)).join('/');
}

export function expressionKeys(site: CompletionSite, ctx: PathContext): CompletionItem[] {
  if (integrationSlot(ctx) !== 'requestParameters') return [];
  if (ctx.apiType === 'HTTP') {
    return [
      'append:header.',
      'overwrite:header.',
      'remove:header.',
      'append:querystring.',
      'overwrite:querystring.',
      'remove:querystring.',
      'overwrite:path',
    ].map((k) =>
      keyItem(
        site,
        k,
        { kind: 'string' },
        'Changes the request before it reaches the backend.',
        'parameter mapping',
        k === 'overwrite:path' ? ' \\$request.path' : ' $1',
      ),
    );
  }
  const declared = operationParameters(ctx);
  const out: CompletionItem[] = [];
  const add = (target: string, source: string) =>
    out.push(
      keyItem(
        site,
        target,
        { kind: 'string' },
        `Sends \`${source}\` to the backend as \`${target}\`.`,
        'integration request parameter',
        ` ${site.cursor.syntax === 'json' ? JSON.stringify(source) : source}`.replace(/\$/g, '\\$'),
      ),
    );
  for (const p of declared?.path ?? []) add(`integration.request.path.${p}`, `method.request.path.${p}`);
  for (const q of declared?.querystring ?? [])
    add(`integration.request.querystring.${q}`, `method.request.querystring.${q}`);
  for (const h of declared?.header ?? []) add(`integration.request.header.${h}`, `method.request.header.${h}`);
  for (const where of ['header', 'querystring', 'path', 'multivalueheader', 'multivaluequerystring']) {
    out.push(
      valueItem(
        site,
        `integration.request.${where}.`,
        `An integration request ${where} parameter; write its name after the dot.`,
        CompletionItemKind.Property,
      ),
    );
  }
  return out;
}

export function expressionValues(site: CompletionSite, ctx: PathContext): CompletionItem[] {
  const slot = integrationSlot(ctx);
  if (!slot) return [];
  if (/^requestParameters\/[^/]+$/.test(slot) || slot === 'cacheKeyParameters/#') {
    if (ctx.apiType === 'HTTP')
      return [
        '$request.header.',
        '$request.querystring.',
        '$request.path.',
        '$request.body.',
        '$context.',
        '$stageVariables.',
      ].map((v) => valueItem(site, v, 'A value from the request, context or stage.', CompletionItemKind.Variable));
    const declared = operationParameters(ctx);
    const values: string[] = [];
    for (const p of declared?.path ?? []) values.push(`method.request.path.${p}`);
    for (const q of declared?.querystring ?? []) values.push(`method.request.querystring.${q}`);
    for (const h of declared?.header ?? []) values.push(`method.request.header.${h}`);
    if (slot !== 'cacheKeyParameters/#')
      values.push('method.request.body', 'context.', 'stageVariables.', "'static value'");
    return values.map((v) =>
      valueItem(
        site,
        v,
        v === 'method.request.body'
          ? 'The body of the method request.'
          : v.startsWith('method.request')
            ? 'A parameter of the method request (declared by this operation).'
            : v.startsWith("'")
              ? 'A static value, in single quotes.'
              : 'A context or stage variable.',
        CompletionItemKind.Variable,
      ),
    );
  }
  if (/^responses\/[^/]+\/responseParameters\/[^/]+$/.test(slot)) {
    return [
      'integration.response.header.',
      'integration.response.body',
      'integration.response.body.',
      'context.',
      'stageVariables.',
      "'static value'",
    ].map((v) => valueItem(site, v, 'A value from the integration response.', CompletionItemKind.Variable));
  }
  return [];
}

/** `$context.*` and friends, for the `$...` token before the cursor in a mapping template or access log format. */
export function templateVariables(site: CompletionSite, ctx: PathContext): CompletionItem[] {
  const use = variableUse(ctx, site.cursor.path);
  if (!use) return [];
  const token = /\$[A-Za-z0-9_.]*$/.exec(site.cursor.prefix);
  if (!token) return [];
  const start = site.offset - token[0].length;
  const apiType: ApiType = ctx.apiType;
  const items = contextVariablesFor(apiType, use).map((v) =>
    tokenItem(site, start, `$context.${v.name}`, v.doc, CompletionItemKind.Variable),
  );
  if (use === 'template') {
    // The template member catalogue (templates/members.ts); inside a found template, templates/complete.ts answers first.
    for (const m of templateMembers()) {
      if (m.kind === 'directive' || m.name.startsWith('$context.') || m.name.startsWith('$foreach')) continue;
      const kind = m.kind === 'method' ? CompletionItemKind.Function : CompletionItemKind.Variable;
      items.push(tokenItem(site, start, m.insert ?? m.name, m.doc, kind));
    }
  }
  return items;
}

function variableUse(ctx: PathContext, path: readonly (string | number)[]): ContextUse | undefined {
  const holder = path[path.length - 2];
  if (holder === 'requestTemplates' || holder === 'responseTemplates') return 'template';
  if (path[path.length - 1] === 'Format' && (holder === 'AccessLogSetting' || holder === 'AccessLogSettings'))
    return 'log';
  if (path[path.length - 1] === 'format' && holder === 'accessLogSettings') return 'log';
  return ctx.schema ? undefined : undefined;
}
