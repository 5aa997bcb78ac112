/** Value completions: enum values and booleans from the catalogue, then names and expressions by place. */
import { CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { describeEnumValue } from '../describe';
import type { PathContext } from '../pathContext';
import { expressionValues, templateVariables } from './expressions';
import { CompletionSite, booleanItem, valueItem } from './items';
import { refTargets, samAuthorizerNames, templateResourceRefs, validatorNames } from './references';

export function valueCompletions(site: CompletionSite, ctx: PathContext): CompletionItem[] {
  const { cursor } = site;
  if (cursor.inBlock) return templateVariables(site, ctx);
  const items: CompletionItem[] = [];
  const last = cursor.path[cursor.path.length - 1];
  const schema = ctx.schema;
  if (schema?.enum) {
    const label = typeof last === 'string' ? last : (ctx.extension?.name ?? '');
    for (const value of schema.enum)
      items.push(valueItem(site, value, describeEnumValue(value, schema, label), CompletionItemKind.EnumMember));
  } else if (schema?.kind === 'boolean') {
    items.push(booleanItem(site, 'true'), booleanItem(site, 'false'));
  }
  if (last === 'x-amazon-apigateway-request-validator' && ctx.def) items.push(...validatorNames(site, ctx.def));
  if (last === '$ref') items.push(...refTargets(site, ctx));
  items.push(
    ...expressionValues(site, ctx),
    ...templateVariables(site, ctx),
    ...samAuthorizerNames(site),
    ...templateResourceRefs(site),
  );
  return items;
}
