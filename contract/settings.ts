/**
 * The shape of the `apigw.*` settings (package.json's `contributes.configuration`), for the server that pulls
 * the `apigw` section and for the client that reads single keys. A test holds the two to the same keys.
 */
import type { ApiType } from './apiType';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';
/** Which files `$ref`s may make the checks read in a trusted workspace (server/src/refFiles/access.ts). */
export type ReferencedFilesSetting = 'workspace' | 'workspaceAndDefinitionFolder' | 'anywhere' | 'none';

/** The `apigw` section as `workspace/configuration` returns it. */
export interface ApigwSettings {
  aws?: { profile?: string; region?: string; endpoint?: string };
  /** Glob of file paths → API type, for files whose type cannot be inferred. */
  apiType?: { overrides?: Record<string, ApiType> };
  validation?: {
    enable?: boolean;
    severity?: Record<string, SeveritySetting>;
    openApiSchema?: boolean;
    referencedFiles?: ReferencedFilesSetting;
  };
  deploy?: { protectedStages?: string };
  invoke?: { timeoutSeconds?: number; preferLocal?: boolean };
  /** The local API Gateway (Run API Locally). */
  local?: {
    port?: number;
    stage?: string;
    stageVariables?: Record<string, string>;
    apiKeys?: string[];
    usagePlan?: {
      rateLimit?: number;
      burstLimit?: number;
      quotaLimit?: number;
      quotaPeriod?: 'DAY' | 'WEEK' | 'MONTH';
    };
    jwks?: Record<string, string>;
    iamCredentials?: { accessKeyId: string; secretAccessKey: string }[];
  };
  logs?: { maxLines?: number; defaultStart?: string };
  trace?: { server?: 'off' | 'messages' | 'verbose' };
}

/** `apigw.<section>.<key>` for every key of ApigwSettings (all settings are two levels deep). */
export type SettingKey = {
  [S in keyof ApigwSettings]-?: `apigw.${S}.${Extract<keyof NonNullable<ApigwSettings[S]>, string>}`;
}[keyof ApigwSettings];

/** Every setting's full key, as package.json declares it (the test on package.json reads this list). */
export const SETTING_KEYS = [
  'apigw.aws.profile',
  'apigw.aws.region',
  'apigw.aws.endpoint',
  'apigw.apiType.overrides',
  'apigw.validation.enable',
  'apigw.validation.severity',
  'apigw.validation.openApiSchema',
  'apigw.validation.referencedFiles',
  'apigw.deploy.protectedStages',
  'apigw.invoke.timeoutSeconds',
  'apigw.invoke.preferLocal',
  'apigw.local.port',
  'apigw.local.stage',
  'apigw.local.stageVariables',
  'apigw.local.apiKeys',
  'apigw.local.usagePlan',
  'apigw.local.jwks',
  'apigw.local.iamCredentials',
  'apigw.logs.maxLines',
  'apigw.logs.defaultStart',
  'apigw.trace.server',
] as const satisfies readonly SettingKey[];

/** Fails to compile when ApigwSettings gains a key that SETTING_KEYS does not list. */
type Unlisted = Exclude<SettingKey, (typeof SETTING_KEYS)[number]>;
export const everySettingListed: [Unlisted] extends [never] ? true : Unlisted = true;
