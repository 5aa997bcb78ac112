/**
 * Key completions: fields of the catalogue object at the cursor, extension keys valid at the cursor's place and
 * API type (with ready-made values), map keys AWS defines, and security scheme names in security requirements.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import { EXTENSIONS, ExtensionSpec } from '../../catalogue';
import { EXTENSION_SNIPPETS } from '../../catalogue/snippets';
import type { Schema } from '../../catalogue/types';
import { indexDefinition } from '../../document/definitionIndex';
import { asObject, findAtPath, getValue } from '../../parser/ast';
import { describeExtension, describeField, typeText } from '../describe';
import type { PathContext } from '../pathContext';
import { snippetEnv } from './env';
import { CompletionSite, keyItem, snippetItem } from './items';

export function keyCompletions(site: CompletionSite, ctx: PathContext): CompletionItem[] {
  const { cursor, doc } = site;
  const existing = new Set(
    asObject(findAtPath(doc.parsed.root, cursor.path))?.properties.map((p) => p.key.value) ?? [],
  );
  const items: CompletionItem[] = [];
  const schema = ctx.schema;
  if (schema?.kind === 'object') {
    const docUrl = ctx.extension?.docUrl ?? ctx.resourceSpec?.docUrl;
    for (const [name, field] of Object.entries(schema.fields ?? {})) {
      if (existing.has(name) || (field.apiTypes && !field.apiTypes.includes(ctx.apiType))) continue;
      items.push(keyItem(site, name, field, describeField(name, field, docUrl), typeText(field)));
    }
  } else if (schema?.kind === 'map' && schema.keys?.enum) {
    for (const key of schema.keys.enum) {
      if (!existing.has(key))
        items.push(keyItem(site, key, schema.values, schema.values?.description ?? schema.keys.description));
    }
  }
  if (ctx.def && ctx.place) {
    for (const spec of EXTENSIONS) {
      if (existing.has(spec.name) || !placesOf(spec, ctx).includes(ctx.place) || !spec.apiTypes.includes(ctx.apiType))
        continue;
      const doc = describeExtension(spec);
      items.push({
        ...keyItem(site, spec.name, valueSchema(spec), doc, typeText(spec.schema)),
        sortText: `0${spec.name}`,
      });
      for (const snippet of EXTENSION_SNIPPETS) {
        if (snippet.extension !== spec.name || !snippet.apiTypes.includes(ctx.apiType)) continue;
        items.push(
          snippetItem(
            site,
            spec.name,
            snippet.value(snippetEnv(site.doc)),
            snippet.label,
            `${snippet.documentation}\n\n${doc}`,
            `1${spec.name}${snippet.label}`,
          ),
        );
      }
    }
  }
  items.push(...securityRequirementKeys(site, ctx));
  return items;
}

function placesOf(spec: ExtensionSpec, ctx: PathContext): readonly string[] {
  if (spec.name === 'x-amazon-apigateway-endpoint-configuration')
    return ctx.def?.version === 'openapi3' ? ['server'] : ['root'];
  return spec.places;
}

function valueSchema(spec: ExtensionSpec): Schema | undefined {
  // The ANY method holds an operation, which the catalogue does not describe: an object all the same.
  return spec.name === 'x-amazon-apigateway-any-method' ? { kind: 'object' } : spec.schema;
}

/** `security: [{ <scheme>: [] }]`: the names of the declared schemes (and, in SAM, of the API's authorizers). */
function securityRequirementKeys(site: CompletionSite, ctx: PathContext): CompletionItem[] {
  const path = ctx.defPath;
  if (
    !ctx.def ||
    !path ||
    path.length < 2 ||
    path[path.length - 2] !== 'security' ||
    typeof path[path.length - 1] !== 'number'
  )
    return [];
  const holder = path.slice(0, -2);
  if (!(holder.length === 0 || (holder.length === 3 && holder[0] === 'paths'))) return [];
  const names = new Set(indexDefinition(ctx.def).securitySchemes.keys());
  const auth = getValue(ctx.def.resource?.properties, 'Auth');
  for (const p of asObject(getValue(auth, 'Authorizers'))?.properties ?? []) names.add(p.key.value);
  return [...names].map((name) =>
    keyItem(
      site,
      name,
      undefined,
      `Security scheme \`${name}\`: operations with this requirement are checked by it.`,
      'security scheme',
      ' []',
    ),
  );
}
