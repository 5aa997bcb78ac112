/**
 * API Gateway's limits on mapping templates (runtime facts M10, from AWS's "Amazon API Gateway important notes":
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html and
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html).
 */

/** "Maximum mapping template size: 300 KB", counted here in UTF-8 bytes. */
export const MAX_TEMPLATE_BYTES = 300 * 1024;
/** A `#foreach` loop runs at most 1000 times. */
export const MAX_FOREACH_ITERATIONS = 1000;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
