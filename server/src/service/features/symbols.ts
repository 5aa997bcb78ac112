/** Outline: paths and their operations, security schemes, and (in templates) the API resources holding them. */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { indexDefinition } from '../document/definitionIndex';
import type { ApiDocument } from '../document/model';
import type { PropertyNode } from '../parser/ast';

export function documentSymbols(doc: ApiDocument): DocumentSymbol[] {
  const range = (p: PropertyNode) => ({
    start: doc.text.positionAt(p.offset),
    end: doc.text.positionAt(p.offset + p.length),
  });
  const selection = (p: PropertyNode) => ({
    start: doc.text.positionAt(p.key.offset),
    end: doc.text.positionAt(p.key.offset + p.key.length),
  });
  const out: DocumentSymbol[] = [];
  for (const def of doc.definitions) {
    const index = indexDefinition(def);
    const byPath = new Map<PropertyNode, DocumentSymbol>();
    const symbols: DocumentSymbol[] = [];
    for (const op of index.operations) {
      let pathSymbol = byPath.get(op.pathKey);
      if (!pathSymbol) {
        pathSymbol = {
          name: op.path,
          kind: SymbolKind.Namespace,
          range: range(op.pathKey),
          selectionRange: selection(op.pathKey),
          children: [],
        };
        byPath.set(op.pathKey, pathSymbol);
        symbols.push(pathSymbol);
      }
      pathSymbol.children!.push({
        name: op.method,
        detail: op.path,
        kind: SymbolKind.Method,
        range: range(op.property),
        selectionRange: selection(op.property),
      });
    }
    for (const [name, scheme] of index.securitySchemes) {
      symbols.push({
        name,
        detail: 'security scheme',
        kind: SymbolKind.Key,
        range: range(scheme),
        selectionRange: selection(scheme),
      });
    }
    if (def.resource) {
      const key = def.resource.keyNode;
      out.push({
        name: def.resource.logicalId,
        detail: `${def.resource.type} (${def.apiType})`,
        kind: SymbolKind.Module,
        range: range(key),
        selectionRange: selection(key),
        children: symbols,
      });
    } else out.push(...symbols);
  }
  return out;
}
