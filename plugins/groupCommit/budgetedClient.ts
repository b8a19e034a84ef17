import type { CallOptions } from '../../dataverse';
import type { SweepClient } from '../sweep';

/**
 * The client as the sweep's code calls it, each call given what is left of the group's time (callBudget): the sweep
 * runs under the client's own retry budget, a group of webhook events under the earliest answer it owes.
 */
export function budgetedClient(client: SweepClient, call: () => CallOptions): SweepClient {
  return {
    queryPages: (set, query, options) => client.queryPages(set, query, options ?? call()),
    batch: (items, options, callOptions) => client.batch(items, options, callOptions ?? call()),
    updateMultiple: (set, table, records, options) => client.updateMultiple(set, table, records, options ?? call()),
    request: (request, options) => client.request(request, options ?? call()),
    fetchXmlRows: (set, fetchXml, options, callOptions) =>
      client.fetchXmlRows(set, fetchXml, options, callOptions ?? call()),
  };
}
