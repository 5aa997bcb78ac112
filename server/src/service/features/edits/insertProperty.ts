/**
 * An edit that adds `key: value` to an existing object, written the way the object is: YAML block or flow style,
 * JSON on one line or one property a line, with the indentation of its siblings and the commas JSON needs.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ApiDocument } from '../../document/model';
import type { ObjectNode } from '../../parser/ast';
import { syntaxOfDocument } from '../cursor';
import { RenderValue, jsonValue, yamlProperty } from '../render/renderValue';

export function insertPropertyEdit(doc: ApiDocument, obj: ObjectNode, key: string, value: RenderValue): TextEdit {
  const text = doc.text.getText();
  const at = (offset: number) => doc.text.positionAt(offset);
  const insert = (offset: number, newText: string): TextEdit => ({
    range: { start: at(offset), end: at(offset) },
    newText,
  });
  const flow = text[obj.offset] === '{';
  const last = obj.properties[obj.properties.length - 1];
  if (syntaxOfDocument(doc) === 'yaml' && !flow) {
    const col = at(obj.offset).character;
    // After the last property's last character, so trailing blank lines and comments stay where they are.
    let end = last ? last.offset + last.length : obj.offset + obj.length;
    while (end > obj.offset && /\s/.test(text[end - 1])) end--;
    return insert(end, `\n${yamlProperty(key, value, col).join('\n')}`);
  }
  const keyText = JSON.stringify(key);
  if (!last) return insert(obj.offset + 1, `${keyText}: ${JSON.stringify(toJsonLike(value))}`);
  const lastEnd = last.offset + last.length;
  const firstLine = at(obj.properties[0].offset).line;
  if (flow && firstLine === at(obj.offset).line)
    return insert(lastEnd, `, ${keyText}: ${JSON.stringify(toJsonLike(value))}`);
  const indent = at(last.offset).character;
  return insert(lastEnd, `,\n${' '.repeat(indent)}${keyText}: ${jsonValue(value, indent)}`);
}

/** Intrinsics in their JSON form, for one-line flow values. */
function toJsonLike(value: RenderValue): unknown {
  return JSON.parse(jsonValue(value, 0));
}
