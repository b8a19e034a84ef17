/**
 * Service protection limits, per user per web server, over a sliding window. Defaults are Dataverse's
 * (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits): 6,000 requests and 1,200 s of
 * execution time per 300 s, and 52 concurrent requests.
 */
export interface ProtectionLimits {
  readonly requests: number;
  readonly executionMs: number;
  readonly concurrent: number;
  readonly windowMs: number;
}

export const DATAVERSE_LIMITS: ProtectionLimits = {
  requests: 6000,
  executionMs: 1_200_000,
  concurrent: 52,
  windowMs: 300_000,
};
