/** The status bar item "AWS: profile @ region" (or the custom endpoint); clicking it picks a profile. */
import * as vscode from 'vscode';
import { Commands } from '../../../contract/commands';
import type { AwsConnection } from './connection';
import type { AwsSession } from './session';

export function statusText(conn: Pick<AwsConnection, 'profile' | 'region' | 'endpoint'>): string {
  if (conn.endpoint) {
    let where = conn.endpoint;
    try {
      where = new URL(conn.endpoint).host || conn.endpoint;
    } catch {
      /* keep the setting as written */
    }
    return `AWS: ${where} @ ${conn.region}`;
  }
  return `AWS: ${conn.profile ?? 'default'} @ ${conn.region}`;
}

export function registerAwsStatusBar(session: AwsSession): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('apigw.aws', vscode.StatusBarAlignment.Left, 10);
  item.name = 'AWS connection (API Gateway)';
  item.command = Commands.selectProfile;
  const update = () => {
    const conn = session.connection;
    item.text = `$(cloud) ${statusText(conn)}`;
    item.tooltip = [
      `Profile: ${conn.profile ?? 'default credential chain'}`,
      `Region: ${conn.region}`,
      conn.endpoint ? `Endpoint: ${conn.endpoint}` : undefined,
      'Click to choose another AWS profile.',
    ]
      .filter(Boolean)
      .join('\n');
    item.show();
  };
  update();
  return vscode.Disposable.from(item, session.onDidChange(update));
}
