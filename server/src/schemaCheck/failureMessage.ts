/**
 * swagger-parser names the API by its path in some messages; given an object (we never give it a path: nothing is
 * read from disk) that reads "[object Object] is not a valid Openapi API definition". Say what it means.
 */
export function describeSchemaFailure(message: string): string {
  if (/^\[object Object\] is not a valid Openapi API definition/.test(message)) return "The definition is not a valid OpenAPI definition: it has no 'paths' (nor, for OpenAPI 3.1, 'webhooks')";
  return message.replace(/\[object Object\]/g, 'the definition');
}
