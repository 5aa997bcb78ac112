/** What the caller of `startGateway` can choose. Every member is optional. */
import type { AuthOptions } from './auth/options';

export interface GatewayOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Stage name in REST URLs (`/STAGE/path`); default: the template's `StageName`, else `local`. */
  stage?: string;
  /** Stage variables, over those the template gives. */
  stageVariables?: Record<string, string>;
  /** API keys the local usage plan accepts (read by issue-15b's API-key plugin). */
  apiKeys?: string[];
  /**
   * Whether code from the workspace may run (VS Code's Workspace Trust). When false, only MOCK and HTTP
   * integrations run; Lambda integrations answer 500 and say why. Default true (the CLI is run by its user).
   */
  trusted?: boolean;
  /**
   * Function (ARN, name or SAM logical id) → URL of a local server that takes the event as a POST body and
   * answers with the function's result. Used before running a SAM function's code.
   */
  lambdaUrlMap?: Record<string, string>;
  /**
   * The API type, over what the definition says or suggests (as the `apigw.apiType.overrides` setting does in
   * the editor).
   */
  apiType?: 'REST' | 'HTTP';
  /** Which API of a template to serve (its logical id); default the first. */
  api?: string;
  /** How many log entries the in-memory buffer keeps (default 5000). */
  logBufferSize?: number;
  /** Log each entry to this function as well (the CLI prints them). */
  logSink?: (line: string) => void;  /** Authorizers and usage plans: IAM credentials, JWKS files, the usage plan's limits (gateway/auth/). */
  auth?: AuthOptions;
}
