/**
 * The editor's current AWS connection, built from the `apigw.aws.*` settings and rebuilt when they change.
 * Explorer, deploy, test invoke and log tail all read `session.connection` and listen to `onDidChange`.
 */
import * as vscode from 'vscode';
import { AwsConnection, AwsSettings, createConnection } from './connection';
import { profileRegion } from './profiles';

export function readAwsSettings(): AwsSettings {
  const cfg = vscode.workspace.getConfiguration('apigw.aws');
  const profile = cfg.get<string>('profile')?.trim() || undefined;
  const region = cfg.get<string>('region')?.trim() || undefined;
  return {
    profile,
    region,
    // Reading the small INI files only when the region is not set keeps this cheap.
    profileRegion: region ? undefined : profileRegion(profile),
    endpoint: cfg.get<string>('endpoint')?.trim() || undefined,
  };
}

export class AwsSession implements vscode.Disposable {
  private current: AwsConnection | undefined;
  private readonly changed = new vscode.EventEmitter<AwsConnection>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('apigw.aws')) this.reset();
    });
  }

  /** Created on first use, so activation never loads the AWS SDK. */
  get connection(): AwsConnection {
    return (this.current ??= createConnection(readAwsSettings()));
  }

  reset(): void {
    this.current?.dispose();
    this.current = undefined;
    this.changed.fire(this.connection);
  }

  dispose(): void {
    this.current?.dispose();
    this.subscription.dispose();
    this.changed.dispose();
  }
}
