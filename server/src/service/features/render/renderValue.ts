/**
 * Writes a value as YAML or JSON text at a given indentation, for completion snippets and quick-fix edits.
 * CloudFormation intrinsics are written `{ '!Sub': text }`, `{ '!GetAtt': 'Res.Arn' }` or `{ '!Ref': 'Res' }` and
 * come out as short-form tags in YAML and as `Fn::` objects in JSON.
 */
import { splitGetAtt } from '../../../../../common/cloudFormation/intrinsics';
import { RenderValue, toPlainText } from '../../catalogue/snippetSyntax';

export type { RenderValue } from '../../catalogue/snippetSyntax';

export type Syntax = 'yaml' | 'json';

const intrinsicTags: Record<string, (arg: string) => RenderValue> = {
  '!Sub': (arg) => ({ 'Fn::Sub': arg }),
  '!GetAtt': (arg) => ({ 'Fn::GetAtt': splitGetAtt(arg) ?? [arg, ''] }),
  '!Ref': (arg) => ({ Ref: arg }),
};

function intrinsicOf(value: RenderValue): [string, string] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] in intrinsicTags && typeof value[keys[0]] === 'string'
    ? [keys[0], value[keys[0]] as string]
    : undefined;
}

const plainUnsafe =
  /^[\s\-?:,[\]{}#&*!|>'"%@`]|^$|\s$|: |\s#|:$|^(?:true|false|yes|no|on|off|y|n|null|~)$|^[-+]?(?:\d|\.\d)|^\.(?:inf|nan)$/i;

export function yamlScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  const plain = toPlainText(value);
  return plainUnsafe.test(plain) || plain.includes('\n') ? `'${value.replace(/'/g, "''")}'` : value;
}

export function jsonScalar(value: string | number | boolean | null): string {
  return JSON.stringify(value);
}

/** Lines of `key: value` in YAML, every line indented by `indent` spaces (nested levels by two more). */
export function yamlProperty(key: string, value: RenderValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const tag = intrinsicOf(value);
  if (tag) return [`${pad}${yamlKey(key)}: ${tag[0]} ${yamlScalar(tag[1])}`];
  if (value !== null && typeof value === 'object') {
    const nested = yamlBlock(value, indent + 2);
    if (!nested) return [`${pad}${yamlKey(key)}: ${Array.isArray(value) ? '[]' : '{}'}`];
    return [`${pad}${yamlKey(key)}:`, ...nested];
  }
  return [`${pad}${yamlKey(key)}: ${yamlScalar(value)}`];
}

function yamlKey(key: string): string {
  return yamlScalar(key);
}

/** The lines of an object or list value written as a YAML block at `indent`; undefined when empty. */
export function yamlBlock(value: RenderValue[] | { [key: string]: RenderValue }, indent: number): string[] | undefined {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (!value.length) return undefined;
    return value.flatMap((item) => {
      const tag = intrinsicOf(item);
      if (tag) return [`${pad}- ${tag[0]} ${yamlScalar(tag[1])}`];
      if (item !== null && typeof item === 'object') {
        const lines = yamlBlock(item, indent + 2) ?? [`${pad}  ${Array.isArray(item) ? '[]' : '{}'}`];
        return [`${pad}- ${lines[0].trimStart()}`, ...lines.slice(1)];
      }
      return [`${pad}- ${yamlScalar(item)}`];
    });
  }
  const entries = Object.entries(value);
  if (!entries.length) return undefined;
  return entries.flatMap(([k, v]) => yamlProperty(k, v, indent));
}

/** A JSON value; nested lines indented from `indent` by two spaces a level. */
export function jsonValue(value: RenderValue, indent: number): string {
  const tag = intrinsicOf(value);
  if (tag) return jsonValue(intrinsicTags[tag[0]](tag[1]), indent);
  if (value === null || typeof value !== 'object') return jsonScalar(value);
  const inner = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => inner + jsonValue(v, indent + 2)).join(',\n')}\n${close}]`;
  }
  const entries = Object.entries(value);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${jsonValue(v, indent + 2)}`).join(',\n')}\n${close}}`;
}

/** `key: value` (YAML) or `"key": value` (JSON) starting at `indent`; later lines carry absolute indentation. */
export function renderProperty(syntax: Syntax, key: string, value: RenderValue, indent: number): string {
  if (syntax === 'json') return `${JSON.stringify(key)}: ${jsonValue(value, indent)}`;
  return yamlProperty(key, value, indent).join('\n').slice(indent);
}
