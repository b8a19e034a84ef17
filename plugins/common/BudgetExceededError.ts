/**
 * A plug-in ran out of the time the webhook gave it before its next Dataverse call. The work is left undone, never
 * half done; the webhook answers 503 (functions/runtime/isTransient.ts knows this name) and Dataverse tries once more.
 */
export class BudgetExceededError extends Error {
  override name = 'BudgetExceededError';

  constructor(
    readonly plugin: string,
    readonly overByMs: number,
  ) {
    super(`${plugin}: the webhook's time budget ran out ${overByMs} ms ago, before the next Dataverse call`);
  }
}
