/**
 * Turns one of the examples' OpenAPI definitions into a variant the moto emulator imports without crashing, for
 * seeding `npm start`'s local endpoint: the deploy command's own emulator copy (client/src/deploy/emulatorCopy.ts).
 */
import { parse } from '../../server/src/service/parser/parse';
import { toJson } from '../../server/src/service/document/toJson';
import { emulatorCopy } from '../../client/src/deploy/emulatorCopy';

/** The variant as JSON text. Throws on text that is not an OpenAPI 3 definition. */
export function motoFriendlyDefinition(text: string, syntax: 'yaml' | 'json'): string {
  return emulatorCopy(toJson(parse(text, syntax).root)).body;
}
