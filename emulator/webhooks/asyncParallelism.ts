/**
 * How many webhook deliveries of asynchronous steps the emulator runs at once: the asynchronous service's parallelism.
 *
 * No public source gives Dataverse's number. Microsoft says only that system jobs run "as soon as resources are
 * available" (https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service); online, the
 * service's per-organization quotas are Microsoft's to set and are not published; on premises, the service runs a
 * number of threads per CPU on each asynchronous server (the deployment setting AsyncMaximumThreadsPerCPU,
 * https://microsoft-business-applications.hcltech.com/development/crm-asynchronous-service-performance-settings/)
 * over up to AsyncItemsInMemoryHigh jobs held in memory, 2,000 by default
 * (https://learn.microsoft.com/archive/blogs/emeadcrmsupport/common-queries-regarding-dynamics-crm-asynchronous-service).
 * 100 stands for a few asynchronous hosts running a few dozen jobs each — the order of magnitude an import storm meets
 * — and is a setting (`webhookParallelism`, `PATCH /_emulator/settings {"webhooks":{"parallelism":8}}`) for
 * measuring at any other.
 */
export const DEFAULT_ASYNC_PARALLELISM = 100;

/** The most the emulator takes: every delivery is an open HTTP request. */
export const MAX_ASYNC_PARALLELISM = 1_000;

/** A parallelism, checked; the message names the setting and the range. */
export function checkParallelism(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_ASYNC_PARALLELISM) {
    throw new RangeError(
      `webhooks.parallelism must be a whole number from 1 to ${MAX_ASYNC_PARALLELISM}; got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
