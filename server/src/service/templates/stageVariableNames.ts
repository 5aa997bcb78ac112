/**
 * Stage variable names known for a document, with a value where one is set: `Variables` of SAM APIs and
 * `AWS::ApiGateway::Stage` / `Deployment` resources, and the names the definition already uses
 * (`${stageVariables.x}` in URIs, `$stageVariables.x` in templates).
 */
import type { ApiDocument } from '../document/model';
import { asObject, getValue, scalarText } from '../parser/ast';

export interface StageVariableName {
  name: string;
  /** Values set for it, with where (resource logical id). */
  values: { where: string; value: string }[];
}

const cache = new WeakMap<ApiDocument, StageVariableName[]>();

export function stageVariableNames(doc: ApiDocument): StageVariableName[] {
  let names = cache.get(doc);
  if (!names) {
    names = collect(doc);
    cache.set(doc, names);
  }
  return names;
}

function collect(doc: ApiDocument): StageVariableName[] {
  const byName = new Map<string, StageVariableName>();
  const entry = (name: string) => {
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { name, values: [] }));
    return e;
  };
  for (const resource of doc.template?.resources.values() ?? []) {
    const holders = [
      getValue(resource.properties, 'Variables'),
      getValue(getValue(resource.properties, 'StageDescription'), 'Variables'),
    ];
    for (const holder of holders) {
      for (const p of asObject(holder)?.properties ?? []) {
        const value = scalarText(p.value);
        entry(p.key.value).values.push({ where: resource.logicalId, value: value ?? '(computed)' });
      }
    }
  }
  const text = doc.text.getText();
  if (text.length < 4 * 1024 * 1024) {
    const used = /\$\{?!?\{?stageVariables(?:\.([A-Za-z0-9_]+)|\[['"]([A-Za-z0-9_]+)['"]\])/g;
    let m: RegExpExecArray | null;
    while ((m = used.exec(text))) entry(m[1] ?? m[2]);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
