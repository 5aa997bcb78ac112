/** package.json's contributions against the contract (contract/): every command and setting, both ways. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Commands } from '../../contract/commands';
import { SETTING_KEYS } from '../../contract/settings';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
  contributes: {
    commands: { command: string }[];
    configuration: { properties: Record<string, unknown> };
    menus: Record<string, { command: string }[]>;
  };
};

describe('contract and package.json', () => {
  test('contributes.commands is exactly the command table', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(Commands).sort());
  });

  test('menus name only commands of the table', () => {
    const known = new Set<string>(Object.values(Commands));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(known.has(item.command), `${menu}: ${item.command}`);
    }
  });

  test('contributes.configuration declares exactly the settings of the contract', () => {
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [...SETTING_KEYS].sort());
  });
});
