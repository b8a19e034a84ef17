/**
 * Sales-ready is sticky: once a lead reaches the threshold it stays with sales (decay does not take it back) until
 * sales returns it to marketing. A returned lead is not sales-ready; it becomes sales-ready again only when its score
 * is at the threshold and at least `requiredNewPoints` above the score it had when returned — then the returned flag
 * is cleared. The baseline is recorded on the first scoring after the return (the lead's stored score then).
 */
export interface SalesReadyInput {
  readonly score: number;
  readonly salesReadyScore: number;
  readonly requiredNewPoints: number;
  /** leadlink_salesready as stored. */
  readonly wasSalesReady: boolean;
  /** leadlink_returnedtomarketing as stored. */
  readonly returned: boolean;
  /** leadlink_returnedatscore as stored. */
  readonly returnedAtScore: number | null;
  /** leadlink_score as stored: the baseline when a return has none yet. */
  readonly previousScore: number | null;
}

export interface SalesReadyDecision {
  readonly salesReady: boolean;
  readonly reachedThreshold: boolean;
  /** Handed to sales now (first time, or again after a return): the moment for the optional task. */
  readonly becameSalesReady: boolean;
  readonly returnedToMarketing: boolean;
  readonly returnedAtScore: number | null;
}

export function decideSalesReady(input: SalesReadyInput): SalesReadyDecision {
  const reachedThreshold = input.score >= input.salesReadyScore;
  if (!input.returned) {
    const salesReady = input.wasSalesReady || reachedThreshold;
    return {
      salesReady,
      reachedThreshold,
      becameSalesReady: salesReady && !input.wasSalesReady,
      returnedToMarketing: false,
      returnedAtScore: input.returnedAtScore,
    };
  }
  const baseline = input.returnedAtScore ?? input.previousScore ?? input.score;
  if (reachedThreshold && input.score - baseline >= input.requiredNewPoints) {
    return {
      salesReady: true,
      reachedThreshold,
      becameSalesReady: true,
      returnedToMarketing: false,
      returnedAtScore: null,
    };
  }
  return {
    salesReady: false,
    reachedThreshold,
    becameSalesReady: false,
    returnedToMarketing: true,
    returnedAtScore: baseline,
  };
}
