/**
 * A segment cannot be saved to the marketing list it names: a bad list name, or an existing list of that name that
 * LeadLink must not change (another member type or list type, which Dataverse fixes at creation, or several lists
 * sharing the name). `listIds` names the lists involved so a person can find them.
 */
export class MarketingListError extends Error {
  override name = 'MarketingListError';
  readonly listIds: readonly string[];

  constructor(message: string, listIds: readonly string[] = []) {
    super(message);
    this.listIds = listIds;
  }
}
