import type { CallOptions } from '../../dataverse';
import type { SweepClient } from '../sweep';

/**
 * The client as the sweep's code calls it, each call given what is left of the group's time (callBudget): the sweep
 * runs under the client's own retry budget, a group of webhook events under the earliest answer it owes. `onCall`
 * hears every call (one HTTP request before the client's own retries), for the group's count.
 */
export function budgetedClient(
  client: SweepClient,
  call: () => CallOptions,
  onCall: () => void = () => {},
): SweepClient {
  const budget = (given: CallOptions | undefined): CallOptions => {
    onCall();
    return given ?? call();
  };
  return {
    queryPages: (set, query, options) => client.queryPages(set, query, budget(options)),
    batch: (items, options, callOptions) => client.batch(items, options, budget(callOptions)),
    updateMultiple: (set, table, records, options) => client.updateMultiple(set, table, records, budget(options)),
    request: (request, options) => client.request(request, budget(options)),
    fetchXmlRows: (set, fetchXml, options, callOptions) =>
      client.fetchXmlRows(set, fetchXml, options, budget(callOptions)),
  };
}
