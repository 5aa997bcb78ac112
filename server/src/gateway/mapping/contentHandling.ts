/**
 * Payload conversions of non-proxy integrations: whether a body is binary (its media type is one of the API's
 * `binaryMediaTypes`; for answers, the client's first Accept type), and what `contentHandling` makes of it
 * (DG "Content type conversions in API Gateway"; runtime facts M7). A body that should be base64 and is not is an
 * API configuration error (500).
 */

export type ContentHandling = 'CONVERT_TO_TEXT' | 'CONVERT_TO_BINARY' | undefined;

/** Whether a media type (a Content-Type or the first Accept type) is one of the binary media types. */
export function isBinaryType(binaryMediaTypes: string[], header: string | undefined): boolean {
  const type = header?.split(',')[0].split(';')[0].trim().toLowerCase();
  if (!type) return false;
  return binaryMediaTypes.some((m) => {
    // `~1` stands for `/` where the types are written in a JSON-pointer context.
    const media = m.toLowerCase().replace('~1', '/');
    return media === '*/*' || media === type || (media.endsWith('/*') && type.startsWith(media.slice(0, -1)));
  });
}

function decodeBase64(body: Buffer): Buffer | 'invalid' {
  const text = body.toString('utf8').replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return 'invalid';
  return Buffer.from(text, 'base64');
}

/** The integration request payload from the method request payload. */
export function convertRequest(body: Buffer, binary: boolean, handling: ContentHandling): Buffer | 'invalid' {
  if (handling === 'CONVERT_TO_BINARY' && !binary) return decodeBase64(body);
  if (handling === 'CONVERT_TO_TEXT' && binary) return Buffer.from(body.toString('base64'));
  return body;
}

/**
 * The method response payload from the integration response payload. Without `contentHandling`, a text answer to
 * a client that accepts a binary type is decoded from base64, and a binary answer to one that accepts text is
 * encoded, once the API has binary media types.
 */
export function convertResponse(body: Buffer, binary: boolean, acceptsBinary: boolean, typesSet: boolean, handling: ContentHandling): Buffer | 'invalid' {
  if (handling === 'CONVERT_TO_BINARY') return binary ? body : decodeBase64(body);
  if (handling === 'CONVERT_TO_TEXT') return binary ? Buffer.from(body.toString('base64')) : body;
  if (!typesSet) return body;
  if (!binary && acceptsBinary) return decodeBase64(body);
  if (binary && !acceptsBinary) return Buffer.from(body.toString('base64'));
  return body;
}
