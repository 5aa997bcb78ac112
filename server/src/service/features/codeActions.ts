/**
 * Quick fixes for diagnostics whose fix is clear, from the data the rules put on them: replacements (did you
 * mean, letter case), a missing field, a missing request validator, a MOCK integration stub.
 */
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import { mockIntegrationValue, validatorValue } from '../catalogue/fixValues';
import type { Schema } from '../catalogue/types';
import type { ApiDocument } from '../document/model';
import { asObject, getProperty, getValue, pathOf } from '../parser/ast';
import type { FixData } from '../validation/rule';
import { DIAGNOSTIC_SOURCE } from '../validation/validate';
import { syntaxOfDocument } from './cursor';
import { definitionAt, objectStartingAt } from './edits/findObject';
import { insertPropertyEdit } from './edits/insertProperty';
import { pathContext } from './pathContext';
import { RenderValue, yamlScalar } from './render/renderValue';

export function codeActions(doc: ApiDocument, _range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !diagnostic.data) continue;
    const data = diagnostic.data as FixData;
    const fix = (title: string, edits: TextEdit[], preferred = false): void => {
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [doc.uri]: edits } },
        ...(preferred ? { isPreferred: true } : {}),
      });
    };
    const replacements = Array.isArray(data.replaceWith) ? data.replaceWith.filter((r) => typeof r === 'string') : [];
    replacements.forEach((value) =>
      fix(
        `Change to '${value}'`,
        [{ range: diagnostic.range, newText: scalarLike(doc, diagnostic.range, value) }],
        replacements.length === 1,
      ),
    );
    if (data.addField && typeof data.addField.name === 'string') {
      const obj = objectStartingAt(doc, data.addField.objectOffset);
      if (obj && !getProperty(obj, data.addField.name))
        fix(
          `Add '${data.addField.name}'`,
          [
            insertPropertyEdit(
              doc,
              obj,
              data.addField.name,
              fieldValue(doc, obj, data.addField.name, data.addField.value),
            ),
          ],
          true,
        );
    }
    if (typeof data.addValidator === 'string') {
      const edit = addValidatorEdit(doc, doc.text.offsetAt(diagnostic.range.start), data.addValidator);
      if (edit) fix(`Declare request validator '${data.addValidator}'`, [edit], replacements.length === 0);
    }
    if (data.addMockIntegration) {
      const op = objectStartingAt(doc, data.addMockIntegration.operationOffset);
      if (op && !getProperty(op, 'x-amazon-apigateway-integration'))
        fix(
          'Add a MOCK integration',
          [insertPropertyEdit(doc, op, 'x-amazon-apigateway-integration', mockIntegrationValue(successStatus(op)))],
          true,
        );
    }
  }
  return actions;
}

/** A replacement written in the quoting of the text it replaces (keys and values alike). */
function scalarLike(doc: ApiDocument, range: Range, value: string): string {
  const original = doc.text.getText(range);
  // A number replacing a number stays a number.
  const numeric = /^-?\d+(\.\d+)?$/;
  if (numeric.test(original.trim()) && numeric.test(value)) return value;
  if (syntaxOfDocument(doc) === 'json' || original.startsWith('"')) return JSON.stringify(value);
  if (original.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return yamlScalar(value);
}

/** The rules write values as YAML scalars (`'2.0'`, `POST`); an empty one takes a start from the catalogue. */
function fieldValue(doc: ApiDocument, obj: Parameters<typeof pathOf>[0], name: string, written: string): RenderValue {
  const text = written.trim();
  if (text) {
    if (/^'.*'$/.test(text)) return text.slice(1, -1).replace(/''/g, "'");
    if (/^".*"$/.test(text)) return JSON.parse(text) as string;
    if (text === 'true' || text === 'false') return text === 'true';
    if (/^-?\d+$/.test(text)) return Number(text);
    return text;
  }
  const schema = pathContext(doc, [...pathOf(obj), name]).schema;
  return startValue(schema);
}

function startValue(schema: Schema | undefined): RenderValue {
  if (schema?.enum?.length) return schema.enum[0];
  switch (schema?.kind) {
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'object':
    case 'map':
      return {};
    case 'array':
      return [];
    default:
      return '';
  }
}

function addValidatorEdit(doc: ApiDocument, offset: number, name: string): TextEdit | undefined {
  const def = definitionAt(doc, offset);
  if (!def) return undefined;
  const holder = getProperty(def.root, 'x-amazon-apigateway-request-validators');
  if (!holder)
    return insertPropertyEdit(doc, def.root, 'x-amazon-apigateway-request-validators', {
      [name]: validatorValue(name),
    });
  const validators = asObject(holder.value);
  return validators && !getProperty(validators, name)
    ? insertPropertyEdit(doc, validators, name, validatorValue(name))
    : undefined;
}

/** The operation's first 2xx response, so the stub's answer has a method response to go with. */
function successStatus(op: Parameters<typeof getValue>[0]): string {
  const responses = asObject(getValue(op, 'responses'));
  return responses?.properties.map((p) => p.key.value).find((k) => /^2\d\d$/.test(k)) ?? '200';
}
