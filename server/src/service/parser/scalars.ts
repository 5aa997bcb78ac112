/** What a plain (unquoted) YAML scalar is: null, boolean, number or string, by YAML 1.2's core schema. */
import * as yaml from '@stoplight/yaml-ast-parser';
import type { AstNode } from './ast';

/** Plain scalars that start like this can only be strings: skips the type inference (a hot path). */
const surelyString = /^[A-Za-z_/$#@%^&*(=<>|\\`'"[\]{}!,;:?]/;
const maybeNotString = /^(?:[-+.~0-9]|(?:true|false|null|yes|no|on|off|y|n)$|\.(?:inf|nan))/i;

/** A plain scalar that can only be read as a string (no need to ask the type inference). */
export function isSurelyString(raw: string): boolean {
  return surelyString.test(raw) && !maybeNotString.test(raw);
}

export function plainScalar(raw: string, offset: number, length: number, parent: AstNode['parent']): AstNode {
  if (isSurelyString(raw)) return { type: 'string', value: raw, quoted: false, offset, length, parent };
  switch (yaml.determineScalarType({ value: raw, plainScalar: true } as yaml.YAMLScalar)) {
    case yaml.ScalarType.null:
      return { type: 'null', value: null, offset, length, parent };
    case yaml.ScalarType.bool:
      return { type: 'boolean', value: yaml.parseYamlBoolean(raw), offset, length, parent };
    case yaml.ScalarType.int:
      return { type: 'number', value: Number(yaml.parseYamlInteger(raw)), raw, offset, length, parent };
    case yaml.ScalarType.float:
      return { type: 'number', value: yaml.parseYamlFloat(raw), raw, offset, length, parent };
    default:
      return { type: 'string', value: raw, quoted: false, offset, length, parent };
  }
}
