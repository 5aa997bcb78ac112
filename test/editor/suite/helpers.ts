/**
 * Helpers for the editor suites: polling with a deadline (never a fixed sleep), fixtures of the test
 * workspace, and screenshots taken by the offline runner (test/editor/run-offline.mjs).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createConnection, type AwsConnection } from '../../../client/src/aws/connection';
import type { AwsSession } from '../../../client/src/aws/session';

export const extensionId = 'apigateway-studio.apigateway-studio';

/** Polls `fn` until it returns something truthy and returns that; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the editor tests need the fixture workspace test/editor/workspace open');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), relativePath);
}

export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The position of the `occurrence`-th match of `needle` (0-based), plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = document.getText().indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in ${document.uri.path}`);
  }
  return document.positionAt(index + offset);
}

export function lineOf(document: vscode.TextDocument, needle: string, occurrence = 0): number {
  return positionOf(document, needle, 0, occurrence).line;
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not loaded`);
  await extension.activate();
  return extension;
}

export interface ScreenshotOptions {
  /** A CSS selector of the workbench that must be visible before the picture is taken (best effort, 5 s). */
  waitForSelector?: string;
}

/**
 * Asks the offline runner for a screenshot of the whole workbench, saved as
 * test-artifacts/screenshots/<name>.png, and waits until it is written. Without the offline runner
 * (e.g. @vscode/test-cli in desktop VS Code) there is nobody to take it, and this does nothing.
 */
export async function screenshot(name: string, options: ScreenshotOptions = {}): Promise<void> {
  const dir = process.env.APIGW_TEST_SCREENSHOT_DIR;
  if (!dir) return;
  if (!/^[\w.-]{1,80}$/.test(name)) throw new Error(`bad screenshot name: ${name}`);
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true });
  const selector = options.waitForSelector ? `|${options.waitForSelector}` : '';
  console.log(`[[apigw-screenshot:${name}${selector}]]`);
  await waitFor(() => fs.existsSync(file), 20_000, `screenshot ${name} to be written to ${file}`);
}

/**
 * For suites that talk to the runner's moto server: activates the extension, waits until it uses that endpoint, and
 * gives the suite a connection of its own to seed and read moto with (dispose it in suiteTeardown).
 */
export async function connectToTestEmulator<Exports>(): Promise<{ exports: Exports; seed: AwsConnection }> {
  const endpoint = process.env.APIGW_TEST_MOTO_ENDPOINT;
  assert.ok(endpoint, 'the editor test runner passes the moto endpoint in APIGW_TEST_MOTO_ENDPOINT');
  const exports = (await activateExtension()).exports as Exports & { aws: AwsSession };
  await waitFor(
    () => exports.aws.connection.endpoint === endpoint,
    10_000,
    `the extension to use the moto endpoint ${endpoint}`,
  );
  const seed = createConnection({
    endpoint,
    region: exports.aws.connection.region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return { exports, seed };
}
