// The floor: how long the parser our server uses takes just to build a tree with positions, in this process.
// No language server can publish diagnostics faster than it can parse, so this is the bar to be measured against.
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

// Resolved from the extension's own package.json, so the floor uses the very versions that ship in the server.
const requireFromRoot = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'));
const yamlAst = requireFromRoot('@stoplight/yaml-ast-parser');
const jsonc = requireFromRoot('jsonc-parser');

export function parseOnce(text, format) {
  if (format === 'json') {
    const errors = [];
    jsonc.parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    return errors.length;
  }
  return yamlAst.load(text).errors.length;
}

/** Median wall time in ms of `runs` parses (after one untimed warm-up parse). */
export function measureFloor(text, format, runs = 7) {
  parseOnce(text, format);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parseOnce(text, format);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * The other floor: one bare pass over every line (where its content starts, whether it holds a colon), which any
 * checker of a YAML or JSON text must at least do. Median wall time in ms of `runs` passes, in this process.
 */
export function measureLinePass(text, runs = 7) {
  const pass = () => {
    let keys = 0;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let indent = start;
      while (indent < end && (text.charCodeAt(indent) === 32 || text.charCodeAt(indent) === 9)) indent++;
      if (indent < end && text.indexOf(':', indent) < end) keys++;
      start = end + 1;
    }
    return keys;
  };
  pass();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pass();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
