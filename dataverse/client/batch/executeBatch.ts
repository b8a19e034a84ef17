/**
 * Send operations as one `$batch` request (one request against service protection limits, up to 1,000 operations).
 * Without continue-on-error, a failed part stops the batch and Dataverse answers 400 with the parts so far; that is a
 * result here, not an exception: look at each result's `error`.
 */
import { DataverseError } from '../../errors/DataverseError';
import { errorFromResponse } from '../../errors/errorFromResponse';
import type { CallOptions, Transport } from '../http/DataverseRequest';
import { preferHeader } from '../odata/preferHeader';
import type { BatchItem, BatchOptions, BatchResult } from './BatchTypes';
import { buildBatch } from './buildBatch';
import { boundaryOf } from './parseMultipart';
import { parseBatchResponse } from './parseBatchResponse';

export async function executeBatch(
  transport: Transport,
  items: readonly BatchItem[],
  options: BatchOptions = {},
  call?: CallOptions,
): Promise<BatchResult[]> {
  const built = buildBatch(transport.apiBaseUrl, items);
  const response = await transport.send(
    {
      method: 'POST',
      url: '$batch',
      body: { contentType: built.contentType, text: built.text },
      headers: preferHeader({ continueOnError: options.continueOnError }),
      acceptStatus: (status) => status === 400,
    },
    call,
  );
  if (boundaryOf(response.headers['content-type']) === undefined) {
    if (response.status === 400) {
      // A 400 without parts is about the batch itself (malformed, a bad $n reference), not one of its operations.
      throw errorFromResponse({
        method: 'POST',
        url: response.url,
        status: 400,
        headers: response.headers,
        body: response.body,
      });
    }
    throw new DataverseError({
      method: 'POST',
      url: response.url,
      status: response.status,
      summary: `$batch answered without multipart parts (content-type ${response.headers['content-type'] ?? 'none'})`,
    });
  }
  return parseBatchResponse(response.body, response.headers['content-type'], items, built.contentIds);
}
