/**
 * What a mode cannot do on a target, said before sending, with the mode that works instead; and the emulator's
 * answers that mean "not implemented", turned into that same advice instead of an "HTTP 500" or an S3 page.
 * Facts: moto (server mode) implements neither TestInvokeMethod (HTTP 500 NotImplementedError) nor a data plane
 * (requests to a stage end as S3 "NoSuchBucket"); LocalStack implements both (/work/shared/reference/moto-facts.md).
 * TestInvokeMethod exists for REST APIs only: https://docs.aws.amazon.com/apigateway/latest/api/API_TestInvokeMethod.html
 */
import type { InvokeTarget } from './target';
import type { InvokeMode } from './types';

function instead(target: InvokeTarget): string {
  if (target.local && target.apiType !== 'WEBSOCKET')
    return ' Choose "Local gateway" to run the definition on 127.0.0.1 with its execution log.';
  if (target.apiType !== 'WEBSOCKET')
    return ' Open the definition in the editor and use Test Invoke there (or "API Gateway: Run API Locally") to run it on the local gateway.';
  return '';
}

export function modeNotes(target: InvokeTarget): Partial<Record<InvokeMode, string>> {
  const notes: Partial<Record<InvokeMode, string>> = {};
  if (target.apiType === 'HTTP')
    notes.http = `HTTP APIs have no TestInvokeMethod (it exists for REST APIs only): requests go to the deployed stage.${target.local ? instead(target) : ''}`;
  if (target.endpoint && !target.baseUrl) {
    notes.testInvoke = `${target.endpoint} is an emulator: moto does not implement TestInvokeMethod (LocalStack does).${instead(target)}`;
    const http =
      target.apiType === 'WEBSOCKET'
        ? `${target.endpoint} is an emulator: WebSocket stages are not served by moto (no data plane), so connections go to AWS's wss:// address.`
        : `${target.endpoint} is an emulator: moto has no data plane, so requests to a stage end as an S3 "NoSuchBucket" answer (LocalStack serves stages).${instead(target)}`;
    notes.http = notes.http ? `${notes.http} ${http}` : http;
  }
  return notes;
}

/** An emulator's answer that means it cannot do the mode: the advice to show instead of the raw answer. */
export function unsupportedByEmulator(
  target: InvokeTarget,
  mode: InvokeMode,
  answer: { status?: number; name?: string; body?: string },
): string | undefined {
  if (!target.endpoint || target.baseUrl) return undefined;
  if (
    mode === 'testInvoke' &&
    (answer.status === 500 ||
      answer.status === 501 ||
      /NotImplemented/i.test(answer.name ?? '') ||
      /NotImplemented/i.test(answer.body ?? ''))
  )
    return `The emulator at ${target.endpoint} does not implement TestInvokeMethod (HTTP ${answer.status ?? 500}).${instead(target)}`;
  if (mode === 'http' && answer.status === 404 && /NoSuchBucket/.test(answer.body ?? ''))
    return `The emulator at ${target.endpoint} has no data plane for this API: it answered as S3 ("NoSuchBucket"), which is what moto does.${instead(target)}`;
  return undefined;
}
