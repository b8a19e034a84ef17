/**
 * webresource.content is the file's bytes in Base64 (WebResource table reference). A model is JSON text, stored as
 * UTF-8 without a byte order mark; one an editor saved with a BOM still reads.
 */
export function encodeWebResourceContent(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export function decodeWebResourceContent(base64: string): string {
  return Buffer.from(base64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
