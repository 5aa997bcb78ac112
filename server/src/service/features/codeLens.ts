/** "Invoke…" above each operation, opening the client's test-invoke panel for it. */
import type { CodeLens } from 'vscode-languageserver-types';
import { Commands, type TestInvokeArgs } from '../../../../contract/commands';
import { indexDefinition } from '../document/definitionIndex';
import type { ApiDocument } from '../document/model';

export function codeLenses(doc: ApiDocument): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const def of doc.definitions) {
    for (const op of indexDefinition(def).operations) {
      const start = doc.text.positionAt(op.property.key.offset);
      const args: TestInvokeArgs = { documentUri: doc.uri, path: op.path, method: op.method, apiType: def.apiType };
      lenses.push({
        range: { start, end: start },
        command: { title: `$(play) Invoke ${op.method} ${op.path}…`, command: Commands.testInvoke, arguments: [args] },
      });
    }
  }
  return lenses;
}
