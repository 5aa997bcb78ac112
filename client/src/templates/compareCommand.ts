/**
 * "Compare with API Gateway" on a rendered template: runs TestInvokeMethod on the API the definition was
 * deployed to (the deploy binding, or an API picked from the account) with the session's request, and opens a
 * diff of API Gateway's transformed body (from its execution log) against ours. REST APIs only (TestInvokeMethod
 * does not exist for HTTP and WebSocket APIs).
 */
import * as vscode from 'vscode';
import type { ExtensionServices } from '../common/services';
import { awsErrorMessage } from '../aws/errors';
import { DeployBindings } from '../deploy/bindings';
import { pickApi, withAwsProgress } from '../invoke/panel/pickTarget';
import { compareWithApiGateway } from './core/compare';
import { RENDER_SCHEME, type RenderedDocuments } from './renderView';
import type { RenderSession } from './renderSession';

export async function compareSession(
  services: ExtensionServices,
  view: RenderedDocuments,
  session: RenderSession,
): Promise<{ awsUri: vscode.Uri; body?: string } | undefined> {
  const { about } = session;
  if (
    (about.kind !== 'request' && about.kind !== 'response') ||
    !about.operation ||
    (about.apiType && about.apiType !== 'REST')
  ) {
    void vscode.window.showWarningMessage(
      'Compare with API Gateway works for request and response templates of REST API operations (TestInvokeMethod runs a REST method).',
    );
    return undefined;
  }
  const read = await session.currentRequest();
  if (read.error) {
    void vscode.window.showErrorMessage(read.error);
    return undefined;
  }
  const connection = services.aws.connection;
  const [v1, v2] = await Promise.all([connection.apiGateway(), connection.apiGatewayV2()]);
  const binding = new DeployBindings(services.context.workspaceState).getFor(session.args.documentUri, {
    region: connection.region,
    endpoint: connection.endpoint,
  });
  const restApiId = binding?.apiType === 'REST' ? binding.apiId : (await pickApi({ v1, v2 }, 'REST'))?.id;
  if (!restApiId) return undefined;
  const operation = about.operation;
  try {
    const aws = await withAwsProgress(`TestInvokeMethod ${operation.method} ${operation.path}…`, (signal) =>
      compareWithApiGateway(
        v1,
        { restApiId, path: operation.path, method: operation.method, kind: about.kind as 'request' | 'response' },
        read.request,
        signal,
      ),
    );
    const awsUri = vscode.Uri.from({
      scheme: RENDER_SCHEME,
      path: session.outputUri.path.replace(/\/Rendered /, '/API Gateway '),
      query: session.outputUri.query,
    });
    const text =
      aws.body ??
      `API Gateway's execution log has no "${about.kind === 'request' ? 'Endpoint request body after transformations' : 'Method response body after transformations'}" line (status ${aws.status}). The log:\n\n${aws.log}`;
    const note = aws.truncated
      ? [
          new vscode.Diagnostic(
            new vscode.Range(0, 0, 0, 1),
            'API Gateway cut this body in its execution log ([TRUNCATED]); only the beginning can be compared.',
            vscode.DiagnosticSeverity.Information,
          ),
        ]
      : [];
    view.set(awsUri, text, note);
    // A response template reads the backend's response: ours is rendered from the one AWS's log shows.
    let oursUri = session.outputUri;
    if (aws.templateInput !== undefined) {
      const ours = await session.renderFor({ ...read.request, body: aws.templateInput });
      if (ours) {
        oursUri = vscode.Uri.from({
          scheme: RENDER_SCHEME,
          path: session.outputUri.path.replace(/\/Rendered /, '/Ours for the backend response, '),
          query: session.outputUri.query,
        });
        view.set(oursUri, ours.output, []);
      }
    }
    await vscode.commands.executeCommand('vscode.diff', awsUri, oursUri, `API Gateway ↔ ours: ${session.args.label}`, {
      preview: false,
    });
    return { awsUri, ...(aws.body !== undefined ? { body: aws.body } : {}) };
  } catch (e) {
    const message = `Compare with API Gateway failed: ${awsErrorMessage(e, { operation: 'TestInvokeMethod' })}`;
    services.log.error(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
}
