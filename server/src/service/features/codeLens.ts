/**
 * Code lenses: "Run API Locally" above each definition (a standalone file's first line, or the API resource in
 * a template), "Compare with Stack…" above each API resource of a template (its definition against the deployed
 * stack's API), and "Invoke…" above each operation, opening the client's test-invoke panel for it.
 */
import type { CodeLens } from 'vscode-languageserver-types';
import {
  Commands,
  type CompareTemplateArgs,
  type RunLocalArgs,
  type TestInvokeArgs,
} from '../../../../contract/commands';
import { indexDefinition } from '../document/definitionIndex';
import type { ApiDocument, Definition } from '../document/model';
import { asString, getValue } from '../parser/ast';

export function codeLenses(doc: ApiDocument): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const def of doc.definitions) {
    if (def.apiType !== 'WEBSOCKET') lenses.push(runLocalLens(doc, def));
    if (def.apiType !== 'WEBSOCKET' && def.resource) lenses.push(compareLens(doc, def.resource.logicalId, def));
    for (const op of indexDefinition(def).operations) {
      const start = doc.text.positionAt(op.property.key.offset);
      const args: TestInvokeArgs = {
        documentUri: doc.uri,
        path: op.path,
        method: op.method,
        apiType: def.apiType,
        ...(def.resource ? { api: def.resource.logicalId } : {}),
      };
      lenses.push({
        range: { start, end: start },
        command: { title: `$(play) Invoke ${op.method} ${op.path}…`, command: Commands.testInvoke, arguments: [args] },
      });
    }
  }
  return lenses;
}

function runLocalLens(doc: ApiDocument, def: Definition): CodeLens {
  const start = doc.text.positionAt(def.resource ? def.resource.keyNode.key.offset : 0);
  const title = asString(getValue(getValue(def.root, 'info'), 'title'));
  const args: RunLocalArgs = {
    documentUri: doc.uri,
    apiType: def.apiType,
    ...(def.resource ? { api: def.resource.logicalId } : {}),
    ...(title || def.resource ? { label: title ?? def.resource?.logicalId } : {}),
  };
  return {
    range: { start, end: start },
    command: { title: '$(broadcast) Run API Locally', command: Commands.runLocal, arguments: [args] },
  };
}

function compareLens(doc: ApiDocument, logicalId: string, def: Definition): CodeLens {
  const start = doc.text.positionAt(def.resource!.keyNode.key.offset);
  const args: CompareTemplateArgs = { documentUri: doc.uri, api: logicalId };
  return {
    range: { start, end: start },
    command: { title: '$(diff) Compare with Stack…', command: Commands.compareWithDeployed, arguments: [args] },
  };
}
