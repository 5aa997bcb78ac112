/** Markdown descriptions of extensions, fields and values from the catalogue, for hover and completion. */
import type { ExtensionSpec, Field, Schema } from '../catalogue/types';
import { ALL_API_TYPES } from '../catalogue/types';

const kindText: Record<Schema['kind'], string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  object: 'object',
  array: 'list',
  map: 'map (object with named entries)',
  any: 'any value',
};

const placeText: Record<string, string> = {
  root: 'the top level',
  pathItem: 'path items',
  operation: 'operations',
  securityScheme: 'security schemes',
  server: '`servers` entries',
  components: '`components`',
  tag: 'top-level `tags` entries',
};

export function typeText(schema: Schema): string {
  if (schema.kind === 'array' && schema.items) return `list of ${kindText[schema.items.kind]}`;
  return kindText[schema.kind];
}

function range(schema: Schema): string | undefined {
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined) return `${minimum} to ${maximum}`;
  if (minimum !== undefined) return `at least ${minimum}`;
  if (maximum !== undefined) return `at most ${maximum}`;
  return undefined;
}

/** The facts of a value: type, allowed values, range, default, API types. */
export function schemaFacts(schema: Schema, apiTypes?: readonly string[]): string[] {
  const facts = [`Type: ${typeText(schema)}`];
  if (schema.enum?.length)
    facts.push(
      `Allowed: ${schema.enum.map((v) => `\`${v}\``).join(', ')}${schema.caseInsensitive ? ' (any letter case)' : ''}`,
    );
  if (schema.keys?.enum?.length) facts.push(`Keys: ${schema.keys.description}`);
  else if (schema.kind === 'map' && schema.keys) facts.push(`Keys: ${schema.keys.description}`);
  const r = range(schema);
  if (r) facts.push(`Range: ${r}`);
  if (schema.default !== undefined) facts.push(`Default: ${schema.default}`);
  if (apiTypes && apiTypes.length < ALL_API_TYPES.length) facts.push(`API types: ${apiTypes.join(', ')}`);
  return facts;
}

export function describeField(name: string, field: Field, docUrl?: string): string {
  const lines = [
    `**${name}**`,
    '',
    field.description ?? '',
    '',
    schemaFacts(field, field.apiTypes)
      .map((f) => `- ${f}`)
      .join('\n'),
  ];
  if (field.enum && field.enumDocs)
    lines.push('', ...field.enum.filter((v) => field.enumDocs![v]).map((v) => `- \`${v}\`: ${field.enumDocs![v]}`));
  if (docUrl) lines.push('', `[AWS documentation](${docUrl})`);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function describeExtension(spec: ExtensionSpec): string {
  const places = spec.places.map((p) => placeText[p] ?? p).join(', ');
  const types =
    spec.apiTypes.join(', ') +
    (spec.unconfirmedApiTypes?.length ? ` (${spec.unconfirmedApiTypes.join(', ')}: not confirmed)` : '');
  const facts = schemaFacts(spec.schema).map((f) => `- ${f}`);
  facts.push(`- Goes in: ${places}`, `- API types: ${types}`);
  const lines = [`**${spec.name}**`, '', spec.schema.description ?? '', '', ...facts];
  if (spec.schema.enum && spec.schema.enumDocs)
    lines.push(
      '',
      ...spec.schema.enum.filter((v) => spec.schema.enumDocs![v]).map((v) => `- \`${v}\`: ${spec.schema.enumDocs![v]}`),
    );
  lines.push('', `[AWS documentation](${spec.docUrl})`);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function describeEnumValue(value: string, schema: Schema, label: string, docUrl?: string): string | undefined {
  const doc =
    schema.enumDocs?.[value] ??
    schema.enumDocs?.[schema.enum?.find((v) => v.toLowerCase() === value.toLowerCase()) ?? ''];
  if (!doc) return undefined;
  // The value itself in another letter case (`aws_iam` for `AWS_IAM`) is no other value.
  const others = schema.enum
    ?.filter((v) => v.toLowerCase() !== value.toLowerCase())
    .map((v) => `\`${v}\``)
    .join(', ');
  return [
    `**${value}** (${label})`,
    '',
    doc,
    ...(others ? ['', `Other values: ${others}`] : []),
    ...(docUrl ? ['', `[AWS documentation](${docUrl})`] : []),
  ].join('\n');
}
