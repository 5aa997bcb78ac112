/**
 * One AWS connection: where to send requests (region, optional emulator endpoint) and with which credentials.
 * Pure: no `vscode` import, so the AWS code is tested against a real moto server outside the editor.
 * SDK clients are created on first use; each SDK package is loaded only when its client is first asked for.
 */
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { XRayClient } from '@aws-sdk/client-xray';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

export interface AwsSettings {
  /** Named profile; empty means the default credential chain. */
  profile?: string;
  /** Region; empty means the profile's, then AWS_REGION / AWS_DEFAULT_REGION, then us-east-1. */
  region?: string;
  /** The region written in the profile's section of ~/.aws/config (see profiles.ts). */
  profileRegion?: string;
  /** Custom endpoint for an emulator (LocalStack, moto); empty means AWS. */
  endpoint?: string;
  /** How long an API Gateway request may take before it counts as failed (and is retried); default 30 s. */
  requestTimeoutMs?: number;
  /** Explicit credentials (tests, emulators); otherwise the standard chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
}

export interface AwsConnection {
  readonly region: string;
  readonly profile: string | undefined;
  readonly endpoint: string | undefined;
  readonly credentials: AwsCredentialIdentityProvider;
  apiGateway(): Promise<APIGatewayClient>;
  apiGatewayV2(): Promise<ApiGatewayV2Client>;
  logs(): Promise<CloudWatchLogsClient>;
  /** CloudWatch metrics (the stage dashboard). */
  cloudWatch(): Promise<CloudWatchClient>;
  /** X-Ray traces (the trace view). */
  xray(): Promise<XRayClient>;
  /** CloudFormation stacks (comparing a template's API with its stack). */
  cloudFormation(): Promise<CloudFormationClient>;
  dispose(): void;
}

/**
 * The setting wins; a profile chosen in the settings brings its own region; otherwise the environment, then the
 * region of AWS_PROFILE / `default` (the order the SDK itself uses for the default chain), then us-east-1.
 */
export function resolveRegion(settings: AwsSettings, env: NodeJS.ProcessEnv = process.env): string {
  if (settings.region) return settings.region;
  if (settings.profile && settings.profileRegion) return settings.profileRegion;
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || settings.profileRegion || 'us-east-1';
}

function credentialProvider(settings: AwsSettings): AwsCredentialIdentityProvider {
  const explicit = settings.credentials;
  if (explicit) return typeof explicit === 'function' ? explicit : () => Promise.resolve(explicit);
  let chain: AwsCredentialIdentityProvider | undefined;
  return async (props) => {
    if (!chain) {
      const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
      chain = fromNodeProviderChain(settings.profile ? { profile: settings.profile } : {});
    }
    try {
      return await chain(props);
    } catch (err) {
      // Emulators accept any signature: let people use one without setting up credentials.
      if (settings.endpoint) return { accessKeyId: 'test', secretAccessKey: 'test' };
      throw err;
    }
  };
}

export function createConnection(settings: AwsSettings): AwsConnection {
  const region = resolveRegion(settings);
  const endpoint = settings.endpoint || undefined;
  const credentials = credentialProvider(settings);
  const base = { region, credentials, ...(endpoint ? { endpoint } : {}), maxAttempts: 4 };
  // An endpoint that accepts connections but never answers must not hang the explorer or a deploy. Logs clients
  // get no request timeout: a Live Tail stream stays open for as long as it runs.
  const connectionTimeout = 5_000;
  const apiGatewayHandler = {
    requestHandler: {
      connectionTimeout,
      requestTimeout: settings.requestTimeoutMs ?? 30_000,
      throwOnRequestTimeout: true,
    },
  };
  const created: { destroy(): void }[] = [];
  const lazy = <T extends { destroy(): void }>(make: () => Promise<T>) => {
    let client: Promise<T> | undefined;
    return () => (client ??= make().then((c) => (created.push(c), c)));
  };
  return {
    region,
    profile: settings.profile || undefined,
    endpoint,
    credentials,
    apiGateway: lazy(
      async () => new (await import('@aws-sdk/client-api-gateway')).APIGatewayClient({ ...base, ...apiGatewayHandler }),
    ),
    apiGatewayV2: lazy(
      async () =>
        new (await import('@aws-sdk/client-apigatewayv2')).ApiGatewayV2Client({ ...base, ...apiGatewayHandler }),
    ),
    // StartLiveTail uses a host prefix ("stream-"), which breaks custom endpoints such as 127.0.0.1.
    logs: lazy(
      async () =>
        new (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient({
          ...base,
          requestHandler: { connectionTimeout },
          disableHostPrefix: !!endpoint,
        }),
    ),
    cloudWatch: lazy(
      async () => new (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient({ ...base, ...apiGatewayHandler }),
    ),
    xray: lazy(async () => new (await import('@aws-sdk/client-xray')).XRayClient({ ...base, ...apiGatewayHandler })),
    cloudFormation: lazy(
      async () =>
        new (await import('@aws-sdk/client-cloudformation')).CloudFormationClient({ ...base, ...apiGatewayHandler }),
    ),
    dispose() {
      for (const c of created.splice(0)) c.destroy();
    },
  };
}
