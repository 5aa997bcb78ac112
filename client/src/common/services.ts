import type * as vscode from 'vscode';
import type { AwsSession } from '../aws/session';

/** What every feature of the extension is handed at activation. */
export interface ExtensionServices {
  readonly context: vscode.ExtensionContext;
  /** The extension's own log ("API Gateway" output channel). Never log secrets. */
  readonly log: vscode.LogOutputChannel;
  readonly aws: AwsSession;
}
