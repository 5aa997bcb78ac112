/**
 * Workspace Trust over the wire: the client's `initializationOptions.fileAccess` and `apigw/fileAccess` decide
 * which files `$ref`s make the bundled server read (the rules themselves: test/server/refFiles/hostileRefs.test.ts).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileAccessNotification, FileAccessParams } from '../../contract/messages';
import { serverPath, startServer, TestServer } from '../support/lspServer';
import { definitionWithRefs } from '../support/hostile';

describe('Workspace Trust from the client', () => {
  let server: TestServer;
  let root: string;
  let workspace: string;
  before(async () => {
    if (!fs.existsSync(serverPath))
      execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'build.mjs')]);
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-trust-')));
    workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace);
    fs.mkdirSync(path.join(root, 'shared'));
    fs.writeFileSync(path.join(root, 'shared', 'params.yaml'), 'Limit: {name: limit, in: query}\n');
    const access: FileAccessParams = { trusted: false, folders: [pathToFileURL(workspace).toString()] };
    server = await startServer(
      { validation: { openApiSchema: false, referencedFiles: 'anywhere' } },
      { fileAccess: access },
    );
  });
  after(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('untrusted: a file outside the workspace is not read; once trust is granted, the setting decides', async () => {
    const uri = pathToFileURL(path.join(workspace, 'api.yaml')).toString();
    server.open(uri, 'yaml', definitionWithRefs(['../shared/params.yaml#/Nope']));
    const untrusted = await server.diagnostics(uri, (d) => d.some((x) => String(x.code).startsWith('ref-')));
    assert.deepEqual(
      untrusted.map((d) => d.code),
      ['ref-unchecked'],
    );
    assert.match(String(untrusted[0].message), /not trusted \(Restricted Mode\)/);
    server.connection.sendNotification(FileAccessNotification, {
      trusted: true,
      folders: [pathToFileURL(workspace).toString()],
    } satisfies FileAccessParams);
    // Trusted, with `referencedFiles: anywhere`: the file is read and the missing key found.
    const trusted = await server.diagnostics(uri, (d) => d.some((x) => x.code === 'ref-missing'));
    assert.match(
      String(trusted.find((d) => d.code === 'ref-missing')!.message),
      /'#\/Nope' points at nothing in '\.\.\/shared\/params\.yaml'/,
    );
  });
});
