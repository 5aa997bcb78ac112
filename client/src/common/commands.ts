/**
 * How the client registers a command: by its entry in the contract's command table (contract/commands.ts), so
 * an id that package.json does not contribute cannot be registered, and a renamed one fails to compile.
 */
import * as vscode from 'vscode';
import type { CommandId } from '../../../contract/commands';

export { Commands, type CommandId } from '../../../contract/commands';

/** Handlers take whatever their command is invoked with (a tree node, a Uri, CodeLens arguments). */
export type CommandHandler = (...args: never[]) => unknown;

export function registerCommand(id: CommandId, handler: CommandHandler): vscode.Disposable {
  return vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown);
}
