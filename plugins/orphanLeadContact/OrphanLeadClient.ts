import type { DataverseClient } from '../../dataverse';

/** The part of the Web API client this plug-in uses: narrow, so tests can count and fake exactly these calls. */
export type OrphanLeadClient = Pick<DataverseClient, 'batch' | 'retrieve' | 'queryPages'>;

/** Wraps a client so every call it makes is counted (one call is one HTTP request, before the client's own retries). */
export function countingClient(client: OrphanLeadClient): { client: OrphanLeadClient; count: () => number } {
  let calls = 0;
  return {
    count: () => calls,
    client: {
      batch: (...args) => {
        calls++;
        return client.batch(...args);
      },
      retrieve: (...args) => {
        calls++;
        return client.retrieve(...args);
      },
      queryPages: (...args) => {
        calls++;
        return client.queryPages(...args);
      },
    },
  };
}
