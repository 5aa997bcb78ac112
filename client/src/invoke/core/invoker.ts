/** Runs one form against one target: TestInvokeMethod or a real (optionally signed) request; or renders curl. */
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { buildHttpRequest } from './buildRequest';
import { toCurl } from './curl';
import { findResourceId } from './resources';
import { sendHttpRequest } from './sendHttp';
import { signRequest } from './sign';
import type { InvokeTarget } from './target';
import { runTestInvoke, testInvokeInput } from './testInvokeMethod';
import type { HttpInvokeRequest, InvokeForm, InvokeResult } from './types';

export interface InvokerDeps {
  apiGateway(): Promise<Pick<APIGatewayClient, 'send'>>;
  credentials: AwsCredentialIdentityProvider;
  timeoutMs?: number;
}

export class Invoker {
  private resourceId: Promise<string> | undefined;

  constructor(
    readonly target: InvokeTarget,
    private readonly deps: InvokerDeps,
  ) {}

  async run(form: InvokeForm, signal?: AbortSignal): Promise<InvokeResult> {
    if (form.mode === 'testInvoke') return this.testInvoke(form, signal);
    let request = this.httpRequest(form);
    if (form.sign)
      request = await signRequest(request, { credentials: this.deps.credentials, region: this.target.region });
    return sendHttpRequest(request, { signal, timeoutMs: this.deps.timeoutMs });
  }

  /** The real request as curl (also for forms set to TestInvokeMethod: curl can only do the real one). */
  async curl(form: InvokeForm): Promise<string> {
    const request = this.httpRequest({ ...form, mode: 'http' });
    if (!form.sign) return toCurl(request);
    const creds = await this.deps.credentials().catch(() => undefined);
    return toCurl(request, { sigv4Region: this.target.region, sessionToken: !!creds?.sessionToken });
  }

  httpRequest(form: InvokeForm): HttpInvokeRequest {
    const { apiId, region, endpoint, baseUrl } = this.target;
    if (!apiId && !baseUrl)
      throw new Error('No deployed API is known for this operation. Pick one when opening the panel.');
    if (!form.stage) throw new Error('Choose a stage.');
    return buildHttpRequest(
      { apiId: apiId ?? '', region, endpoint, baseUrl, stage: form.stage },
      this.target.pathTemplate,
      form,
    );
  }

  private async testInvoke(form: InvokeForm, signal?: AbortSignal): Promise<InvokeResult> {
    const { apiId, apiType, pathTemplate } = this.target;
    if (apiType !== 'REST' || !apiId) throw new Error('TestInvokeMethod is available only for deployed REST APIs.');
    const client = await this.deps.apiGateway();
    this.resourceId ??= findResourceId(client, apiId, pathTemplate, signal);
    let resourceId: string;
    try {
      resourceId = await this.resourceId;
    } catch (err) {
      this.resourceId = undefined;
      throw err;
    }
    return runTestInvoke(client, testInvokeInput(apiId, resourceId, pathTemplate, form), signal);
  }
}
