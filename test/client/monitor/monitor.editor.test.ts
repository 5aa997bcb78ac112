import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AwsConnection } from '../../../client/src/aws/connection';
import type { DashboardModel } from '../../../client/src/metrics/dashboardData';
import type { StageDashboard } from '../../../client/src/monitor/dashboardPanel';
import type { TraceView } from '../../../client/src/monitor/traceView';
import { requestLogs } from '../../../scripts/seed/sampleLogs';
import { requestTraceSegments, seedStageMetrics, writeTrace } from '../../../scripts/seed/seedMonitoring';
import { connectToTestEmulator, screenshot, waitFor } from '../../editor/suite/helpers';

suite('Stage dashboard and X-Ray traces', () => {
  const stage = {
    apiId: `m${Date.now().toString(36)}`,
    apiName: 'Monitored pets',
    apiType: 'REST' as const,
    stage: 'dev',
  };
  let seed: AwsConnection;

  suiteSetup(async () => {
    ({ seed } = await connectToTestEmulator());
    await seedStageMetrics(await seed.cloudWatch(), stage, Date.now(), {
      minutes: 180,
      routes: [
        { route: 'GET /pets', share: 0.6, latencyMs: 35 },
        { route: 'POST /pets', share: 0.3, latencyMs: 180 },
        { route: 'GET /pets/{petId}', share: 0.1, latencyMs: 25 },
      ],
    });
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    seed?.dispose();
  });

  test('a stage dashboard charts the stage metrics from CloudWatch and lists the busiest routes', async () => {
    const dashboard = await vscode.commands.executeCommand<StageDashboard>('apigw.openStageDashboard', stage);
    assert.ok(dashboard, 'the command returns the dashboard');
    const posted = await waitFor(() => dashboard.lastPosted, 30_000, 'the dashboard to be sent its metrics');
    assert.equal(posted.type, 'model', `the dashboard shows an error instead: ${JSON.stringify(posted.value)}`);
    const model = posted.value as DashboardModel;
    assert.ok(model.hasTraffic);
    // One point per minute over 3 hours (the window moved on a little since the seeding: a minute may drop out).
    const points = model.charts.find((c) => c.id === 'Count')!.series[0].points.length;
    assert.ok(points >= 178 && points <= 180, `${points} points`);
    assert.deepEqual(
      model.busiest.map((r) => r.route),
      ['GET /pets', 'POST /pets', 'GET /pets/{petId}'],
    );
    assert.equal(model.slowest[0].route, 'POST /pets');
    // Opening it again brings the same panel forward.
    assert.equal(await vscode.commands.executeCommand<StageDashboard>('apigw.openStageDashboard', stage), dashboard);
    await new Promise((r) => setTimeout(r, 1500)); // let the webview draw before the picture
    await screenshot('stage-dashboard');
  });

  test('a trace opens as a waterfall of API Gateway, the integration and the Lambda function', async () => {
    const start = Date.now() - 30_000;
    const logs = requestLogs(
      { method: 'POST', path: '/pets', status: 201, latencyMs: 420, lambda: 'add-pet' },
      start,
      stage.apiId,
      stage.stage,
    );
    await writeTrace(
      await seed.xray(),
      requestTraceSegments(
        { method: 'POST', path: '/pets', status: 201, latencyMs: 420, lambda: 'add-pet' },
        logs,
        stage,
        start,
      ),
    );
    // From a request id: the way a log tail's "Open X-Ray Trace of This Request" finds it.
    const view = await vscode.commands.executeCommand<TraceView>('apigw.openTrace', {
      requestId: logs.requestId,
      around: start,
    });
    assert.ok(view, 'the trace of the request id was found');
    assert.equal(view.traceId, logs.traceId);
    const result = await waitFor(() => view.result, 30_000, 'the trace to load');
    assert.ok(!(result instanceof Error), `the trace view shows an error: ${(result as Error).message}`);
    const trace = result;
    assert.deepEqual(
      trace.rows.map((r) => r.name),
      ['Monitored pets/dev', 'Lambda', 'add-pet', 'Initialization', 'DynamoDB'],
    );
    assert.deepEqual(trace.requestIds, [logs.requestId]);
    await new Promise((r) => setTimeout(r, 1500));
    await screenshot('trace-view');
  });
});
