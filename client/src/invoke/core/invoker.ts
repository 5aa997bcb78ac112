/** Runs one form against one target: TestInvokeMethod or a real (optionally signed) request; or renders curl. */
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { buildHttpRequest } from './buildRequest';
import { toCurl } from './curl';
import { callConnections, type ConnectionsAction } from './connections';
import { unsupportedByEmulator } from './modeNotes';
import { findResourceId } from './resources';
import { sendHttpRequest } from './sendHttp';
import { signRequest } from './sign';
import type { InvokeTarget, LocalSource } from './target';
import { runTestInvoke, testInvokeInput } from './testInvokeMethod';
import type { HttpInvokeRequest, InvokeForm, InvokeResult } from './types';
import type { WebSocketSession } from './websocketSession';
import { websocketUrl } from './websocketUrl';

export interface InvokerDeps {
  apiGateway(): Promise<Pick<APIGatewayClient, 'send'>>;
  credentials: AwsCredentialIdentityProvider;
  timeoutMs?: number;
  /** The local gateway, for the "local" mode. */
  local?: LocalGatewayLink;
}

/** What the invoker needs of the local gateways (client/src/local): one running for a definition, and its log. */
export interface LocalGatewayLink {
  /** The running gateway for the definition, started when it is not running yet; undefined when the user cancelled. */
  ensure(source: LocalSource): Promise<{ url: string; stage: string } | undefined>;
  /** The running gateway, if any, without starting one. */
  current(source: LocalSource): { url: string; stage: string } | undefined;
  /** The execution-log lines of one request, once it has completed. */
  requestLog(requestId: string): Promise<string | undefined>;
}

export class Invoker {
  private resourceId: Promise<string> | undefined;

  constructor(
    readonly target: InvokeTarget,
    private readonly deps: InvokerDeps,
  ) {}

  async run(form: InvokeForm, signal?: AbortSignal): Promise<InvokeResult> {
    if (form.mode === 'testInvoke') return this.testInvoke(form, signal);
    if (form.mode === 'local') return this.runLocal(form, signal);
    let request = this.httpRequest(form);
    if (form.sign)
      request = await signRequest(request, { credentials: this.deps.credentials, region: this.target.region });
    const result = await sendHttpRequest(request, { signal, timeoutMs: this.deps.timeoutMs });
    const unsupported = unsupportedByEmulator(this.target, 'http', { status: result.status, body: result.body.text });
    if (unsupported) throw new Error(unsupported);
    return result;
  }

  /** Opens the WebSocket connection of a WebSocket route's stage ($connect), signed when the form says so. */
  async connectWebSocket(session: WebSocketSession, form: InvokeForm): Promise<void> {
    const url = websocketUrl(this.target, form.stage, form.query);
    await session.connect({
      url,
      headers: form.headers,
      apiKey: form.apiKey,
      ...(form.sign ? { signing: { credentials: this.deps.credentials, region: this.target.region } } : {}),
      handshakeTimeoutMs: this.deps.timeoutMs,
    });
  }

  /** The management API on one connection; always signed, as API Gateway requires. */
  connections(
    stage: string,
    connectionId: string,
    action: ConnectionsAction,
    message: string,
    signal?: AbortSignal,
  ): Promise<InvokeResult> {
    return callConnections(
      this.target,
      stage,
      connectionId,
      action,
      message,
      { credentials: this.deps.credentials, region: this.target.region },
      { signal, timeoutMs: this.deps.timeoutMs },
    );
  }

  /** The real request as curl (also for forms set to TestInvokeMethod: curl can only do the real one). */
  async curl(form: InvokeForm): Promise<string> {
    if (form.mode === 'local') {
      const running = this.target.local && this.deps.local?.current(this.target.local);
      if (!running) throw new Error('The API is not running locally yet: send a request or run it first.');
      return toCurl(this.localRequest(form, running));
    }
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

  private localRequest(form: InvokeForm, running: { url: string; stage: string }): HttpInvokeRequest {
    // The local gateway serves one stage: the form's stage field names deployed stages.
    return buildHttpRequest(
      { apiId: '', region: this.target.region, baseUrl: running.url, stage: running.stage },
      this.target.pathTemplate,
      form,
    );
  }

  private async runLocal(form: InvokeForm, signal?: AbortSignal): Promise<InvokeResult> {
    const { local: source } = this.target;
    const link = this.deps.local;
    if (!source || !link)
      throw new Error('This operation does not come from a definition in the editor, so it cannot run locally.');
    const running = await link.ensure(source);
    if (!running) throw new Error('The local API was not started.');
    let request = this.localRequest(form, running);
    if (form.sign)
      request = await signRequest(request, { credentials: this.deps.credentials, region: this.target.region });
    const result = await sendHttpRequest(request, { signal, timeoutMs: this.deps.timeoutMs });
    const requestId = result.headers.find(([name]) => name.toLowerCase() === 'x-amzn-requestid')?.[1];
    const log = requestId ? await link.requestLog(requestId) : undefined;
    return { ...result, mode: 'local', ...(log !== undefined ? { log } : {}) };
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
    try {
      return await runTestInvoke(client, testInvokeInput(apiId, resourceId, pathTemplate, form), signal);
    } catch (err) {
      const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
      const unsupported = unsupportedByEmulator(this.target, 'testInvoke', {
        status: e?.$metadata?.httpStatusCode,
        name: e?.name,
        body: e?.message,
      });
      throw unsupported ? new Error(unsupported) : err;
    }
  }
}
