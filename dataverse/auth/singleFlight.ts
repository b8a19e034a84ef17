/**
 * Shares one in-flight call among concurrent callers: when a burst of requests starts with an empty token cache,
 * msal fetches one token instead of one per request.
 */
export function singleFlight<T>(call: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= call().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
