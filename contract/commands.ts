/**
 * Every command the extension contributes, in one table: the client registers each through it, the server's
 * CodeLens runs `testInvoke` through it, and a test holds package.json's `contributes.commands` to it.
 */
import type { ApiType } from './apiType';

export const Commands = {
  restartServer: 'apigw.restartServer',
  showOutput: 'apigw.showOutput',
  refreshExplorer: 'apigw.refreshExplorer',
  selectProfile: 'apigw.selectProfile',
  selectRegion: 'apigw.selectRegion',
  deployStage: 'apigw.deployStage',
  copyInvokeUrl: 'apigw.copyInvokeUrl',
  openDefinition: 'apigw.openDefinition',
  testInvoke: 'apigw.testInvoke',
  tailLogs: 'apigw.tailLogs',
  stopTail: 'apigw.stopTail',
  showRequestLines: 'apigw.showRequestLines',
  openStageDashboard: 'apigw.openStageDashboard',
  showRecentTraces: 'apigw.showRecentTraces',
  openTrace: 'apigw.openTrace',
  openTraceForRequest: 'apigw.openTraceForRequest',
  showDeployBundle: 'apigw.showDeployBundle',
  compareWithDeployed: 'apigw.compareWithDeployed',
  flushStageCache: 'apigw.flushStageCache',
  copyApiKey: 'apigw.copyApiKey',
  runLocal: 'apigw.runLocal',
  stopLocal: 'apigw.stopLocal',
  localApiMenu: 'apigw.localApiMenu',
  renderTemplate: 'apigw.renderTemplate',
  compareTemplate: 'apigw.compareTemplate',
} as const;

export type CommandName = keyof typeof Commands;
export type CommandId = (typeof Commands)[CommandName];

/** The arguments of `apigw.testInvoke`, as the server's CodeLens and the explorer pass them. */
export interface TestInvokeArgs {
  documentUri?: string;
  path: string;
  method: string;
  apiType?: ApiType;
  /** The API's logical id when the document is a template (for the local gateway). */
  api?: string;
  /** From the explorer: the deployed API and stage. */
  apiId?: string;
  stage?: string;
}

/** The arguments of `apigw.runLocal`, as the server's "Run API Locally" CodeLens passes them. */
export interface RunLocalArgs {
  documentUri: string;
  /** The API's logical id when the document is a SAM or CloudFormation template. */
  api?: string;
  apiType?: ApiType;
  /** For pickers: the API's title or logical id. */
  label?: string;
}

/** The arguments of `apigw.compareWithDeployed` from the "Compare with Stack…" CodeLens on a template's API. */
export interface CompareTemplateArgs {
  documentUri: string;
  /** The API resource's logical id. */
  api: string;
}

/** The arguments of `apigw.renderTemplate`, as the server's "Render Template…" CodeLens passes them. */
export interface RenderTemplateArgs {
  documentUri: string;
  /** Keys from the document's root to the template's string (empty for a whole `.vtl` file). */
  templatePath: (string | number)[];
  /** For titles and file names: `POST /pets · request · application/json`. */
  label: string;
}
