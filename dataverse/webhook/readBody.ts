import { WebhookPayloadError } from './WebhookPayloadError';

const BOM = '\uFEFF';

/**
 * The JSON of a webhook body: text and bytes are parsed (a leading BOM is skipped), anything else is taken as
 * already parsed. The JSON.parse message is not passed on: V8 quotes part of the input in it, and the body is
 * customer data.
 */
export function readBody(body: unknown): unknown {
  if (body instanceof Uint8Array) return readBody(Buffer.from(body).toString('utf8'));
  if (typeof body !== 'string') return body;
  const text = body.startsWith(BOM) ? body.slice(BOM.length) : body;
  if (text.trim() === '') throw new WebhookPayloadError('The body is empty', '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new WebhookPayloadError(`The body is not valid JSON (${text.length} characters)`, '');
  }
}
