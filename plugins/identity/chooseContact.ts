/** What the choice among several matching contacts looks at (Web API names). */
export interface RankedContact {
  readonly contactid: string;
  /** The contact's parent customer (an account or a contact). */
  readonly _parentcustomerid_value?: string | null;
  /** ISO-8601 text, as the Web API returns it. */
  readonly createdon?: string | null;
}

/**
 * The deterministic choice when several contacts match one lead, so every run (webhook, retry, sweep) links the
 * lead to the same contact: first a contact whose parent customer is the lead's parent account, then the oldest
 * (createdon; a contact without one ranks last), then the lowest contactid — the tie-break that needs nothing else.
 */
export function chooseContact<T extends RankedContact>(
  matches: readonly T[],
  parentAccountId: string | null | undefined,
): T | undefined {
  const account = parentAccountId?.toLowerCase();
  return [...matches].sort((a, b) => compare(a, b, account))[0];
}

function compare(a: RankedContact, b: RankedContact, account: string | undefined): number {
  if (account !== undefined) {
    const aSame = a._parentcustomerid_value?.toLowerCase() === account;
    const bSame = b._parentcustomerid_value?.toLowerCase() === account;
    if (aSame !== bSame) return aSame ? -1 : 1;
  }
  const aCreated = instant(a.createdon);
  const bCreated = instant(b.createdon);
  if (aCreated !== bCreated) return aCreated - bCreated;
  const aId = a.contactid.toLowerCase();
  const bId = b.contactid.toLowerCase();
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

function instant(value: string | null | undefined): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}
