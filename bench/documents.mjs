// The files the benchmark runs on, and what each tool needs to know about one of them.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Reads a definition and sniffs its format (JSON or YAML) and spec version (Swagger 2.0, OpenAPI 3.x). */
export function loadDocument(file, label = path.basename(file)) {
  const text = fs.readFileSync(file, 'utf8');
  const format = /^\s*[{[]/.test(text) ? 'json' : 'yaml';
  return {
    file,
    label,
    uri: pathToFileURL(file).href,
    text,
    format,
    spec: sniffSpec(text, format),
    lines: countLines(text),
  };
}

export function countLines(text) {
  let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** 'swagger2' | 'oas3.0' | 'oas3.1' | 'unknown', from the root's swagger/openapi field. */
export function sniffSpec(text, format) {
  let version;
  if (format === 'json') {
    try {
      const root = JSON.parse(text);
      version = String(root?.swagger ?? root?.openapi ?? '');
    } catch {
      version = '';
    }
  } else {
    version = /^["']?(?:swagger|openapi)["']?\s*:\s*["']?(\d+\.\d+)/m.exec(text)?.[1] ?? '';
  }
  if (version.startsWith('2.')) return 'swagger2';
  if (version.startsWith('3.0')) return 'oas3.0';
  if (version.startsWith('3.1')) return 'oas3.1';
  return 'unknown';
}

/**
 * `count` completion positions spread evenly through the file, each at the start of a mapping key (inside the
 * quotes for JSON): where a user asks for the keys a mapping may hold.
 */
export function completionPositions(text, format, count) {
  const keyLine = format === 'json' ? /^(\s*)"[^"\n]+"\s*:/ : /^(\s*(?:-\s+)?)(?:[A-Za-z_$/'"][^:#\n]*):(?:\s|$)/;
  const candidates = [];
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const match = keyLine.exec(lines[line]);
    if (match) candidates.push({ line, character: match[1].length + (format === 'json' ? 1 : 0) });
  }
  if (candidates.length <= count) return candidates;
  const step = candidates.length / count;
  return Array.from({ length: count }, (_, i) => candidates[Math.floor(i * step + step / 2)]);
}

/**
 * Where a one-character edit keeps the document valid: inside the value of a description or summary near the
 * middle of the file (after the opening quote, or before the first character of a plain scalar).
 */
export function oneCharEditPosition(text, format) {
  const lines = text.split('\n');
  const valueOf =
    format === 'json'
      ? /^(\s*"(?:description|summary|title)"\s*:\s*")/
      : /^(\s*(?:description|summary|title)\s*:\s*['"]?)[A-Za-z]/;
  const middle = Math.floor(lines.length / 2);
  for (let distance = 0; distance < lines.length; distance++) {
    for (const line of [middle + distance, middle - distance]) {
      if (line < 0 || line >= lines.length) continue;
      const match = valueOf.exec(lines[line]);
      if (match) return { line, character: match[1].length };
    }
  }
  return { line: 0, character: 0, fallback: true };
}
