/**
 * Primes the parsers and the checks at start-up by running them over a small built-in definition.
 *
 * Why: V8 optimises a function from the paths it has seen run. Without this, the first large spec a user opens
 * meets paths the freshly optimised parser has not seen yet (a quoted key, a block scalar, a blank line thousands
 * of lines in), and each of them throws the parser back to the interpreter in the middle of the parse. After one
 * pass over a sample that takes every path, the first parse of a 36k-line spec runs about a fifth faster
 * (bench/README of issue 8), for a few milliseconds at start-up.
 */
import { toJson } from '../document/toJson';
import type { LanguageService } from '../languageService';
import { PRIME_SAMPLE_YAML } from './primeSample';

export function primeLanguageService(service: LanguageService): void {
  const yaml = service.parseDocument('file:///api-gateway-studio/prime.yaml', 'yaml', 1, PRIME_SAMPLE_YAML);
  service.validate(yaml);
  const json = JSON.stringify(toJson(yaml.parsed.root), null, 2);
  service.validate(service.parseDocument('file:///api-gateway-studio/prime.json', 'json', 1, json));
}
