/**
 * VS Code's own TextMate engine (vscode-textmate with Oniguruma) with our grammars, and VS Code's YAML and JSON
 * grammars (test/syntaxes/vscode-grammars/) to inject them into, the way package.json's `injectTo` asks.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, StateStack } from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const hostGrammars = path.join(root, 'test', 'syntaxes', 'vscode-grammars');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] };
};

/** Every grammar by scope name: VS Code's YAML and JSON ones, and ours as the manifest contributes them. */
function grammarFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of fs.readdirSync(hostGrammars).filter((f) => f.endsWith('.tmLanguage.json'))) {
    const full = path.join(hostGrammars, file);
    files.set((JSON.parse(fs.readFileSync(full, 'utf8')) as { scopeName: string }).scopeName, full);
  }
  for (const g of manifest.contributes.grammars) files.set(g.scopeName, path.join(root, g.path));
  return files;
}

let registry: Promise<Registry> | undefined;

function getRegistry(): Promise<Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const files = grammarFiles();
    return new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        const file = files.get(scopeName);
        return file ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) =>
        manifest.contributes.grammars.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
    });
  })();
  return registry;
}

export interface Token {
  text: string;
  line: number;
  scopes: string[];
}

/** The tokens of `text`, line by line, as VS Code would colour them in a document of `scopeName`. */
export async function tokenize(scopeName: string, text: string): Promise<Token[]> {
  const grammar = await (await getRegistry()).loadGrammar(scopeName);
  assert.ok(grammar, `no grammar for ${scopeName}`);
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  text.split('\n').forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const t of result.tokens)
      tokens.push({ text: lineText.slice(t.startIndex, t.endIndex), line, scopes: t.scopes });
    state = result.ruleStack;
  });
  return tokens;
}

/** The texts of the tokens that carry a scope starting with `prefix`. */
export const scoped = (tokens: Token[], prefix: string): string[] =>
  tokens.filter((t) => t.scopes.some((s) => s.startsWith(prefix))).map((t) => t.text);
