import { BudgetExceededError, callBudget, runWithinBudget } from '../../../plugins/common';
import { isTransient } from '../../../functions/runtime/isTransient';

describe('callBudget', () => {
  it('hands the client what is left of the deadline, as a retry budget and an abort signal', () => {
    const options = callBudget('test', { deadline: 10_000, now: () => new Date(7_500) });
    expect(options.timeBudgetMs).toBe(2_500);
    expect(options.signal?.aborted).toBe(false);
  });

  it('throws BudgetExceededError once the deadline has passed — a transient failure, so the webhook answers 503', () => {
    let thrown: unknown;
    try {
      callBudget('orphan-lead-contact', { deadline: 10_000, now: () => new Date(10_250) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BudgetExceededError);
    expect((thrown as Error).message).toBe(
      "orphan-lead-contact: the webhook's time budget ran out 250 ms ago, before the next Dataverse call",
    );
    expect(isTransient(thrown)).toBe(true);
  });

  it('runWithinBudget turns the abort of a request in flight at the deadline into BudgetExceededError', async () => {
    // The clock stands 5 ms before the deadline, however long this machine takes to get here.
    const deadline = Date.now() + 60_000;
    const services = { deadline, now: () => new Date(deadline - 5) };
    const { signal } = callBudget('lead-qualified', services);
    const inFlight = new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
    const outcome = runWithinBudget('lead-qualified', services, () => inFlight);
    await expect(outcome).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(outcome).rejects.toThrow(/^lead-qualified: the webhook's time budget ran out/);
  });

  it('runWithinBudget passes every other failure through unchanged', async () => {
    const bug = new TypeError('x is undefined');
    await expect(
      runWithinBudget('test', { deadline: Date.now() + 1000, now: () => new Date() }, () => Promise.reject(bug)),
    ).rejects.toBe(bug);
  });
});
