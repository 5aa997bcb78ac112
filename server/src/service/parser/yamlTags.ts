/**
 * YAML's standard scalar tags (`!!str 12`, `!!bool true`, `!!int '5'`...) as the readers of a template take them
 * (PyYAML in the SAM transform and cfn-lint: the tag sets the value's type, so `!!str 12` is the text "12"). The
 * parser library resolves an explicit tag by handing its syntax node, not the node's text, to the type: `!!bool
 * true` becomes a syntax error and `a: !!str` (an empty string) stops the whole document. These types keep the node
 * as it is and write the tag's name on it; the conversion to our tree then types the value by that name.
 */
import type { YAMLScalar } from '@stoplight/yaml-ast-parser';
import { Schema } from '@stoplight/yaml-ast-parser/dist/src/schema';
import DEFAULT_FULL_SCHEMA from '@stoplight/yaml-ast-parser/dist/src/schema/default_full';
import { Type } from '@stoplight/yaml-ast-parser/dist/src/type';
import type { AstNode } from './ast';
import { plainScalar } from './scalars';

export type StandardTag = 'str' | 'bool' | 'int' | 'float' | 'null' | 'timestamp' | 'binary';
const STANDARD_TAGS: readonly StandardTag[] = ['str', 'bool', 'int', 'float', 'null', 'timestamp', 'binary'];

/** A scalar the parser read with a standard tag. */
export type TaggedYamlScalar = YAMLScalar & { standardTag?: StandardTag };

/** The parser's full schema, with the standard scalar tags recorded instead of resolved. */
export const TAG_KEEPING_SCHEMA = new Schema({
  include: [DEFAULT_FULL_SCHEMA],
  explicit: STANDARD_TAGS.map(
    (name) =>
      new Type(`tag:yaml.org,2002:${name}`, {
        kind: 'scalar',
        resolve: () => true,
        // An empty tagged value (`a: !!str`) has no node: it stays empty, as the untagged `a:` does.
        construct: (node: TaggedYamlScalar | null) => {
          if (node) node.standardTag = name;
          return node;
        },
      }),
  ),
});

/** The node type each typing tag gives; `str`, `timestamp` and `binary` values are strings to a rule. */
const TYPE_OF_TAG: Partial<Record<StandardTag, AstNode['type']>> = {
  bool: 'boolean',
  int: 'number',
  float: 'number',
  null: 'null',
};

/**
 * The value of a tagged scalar: read as an unquoted value would be (quoted or not), and kept when that reading is of
 * the tag's type; a text the tag cannot read (`!!int abc`) stays a string.
 */
export function taggedScalar(
  tag: StandardTag,
  raw: string,
  quoted: boolean,
  offset: number,
  length: number,
  parent: AstNode['parent'],
): AstNode {
  const typed = plainScalar(raw, offset, length, parent);
  if (typed.type === TYPE_OF_TAG[tag]) return typed;
  return { type: 'string', value: raw, quoted, offset, length, parent };
}
