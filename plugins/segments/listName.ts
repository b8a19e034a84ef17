/** Checks a marketing list name: what Dataverse stores in list.listname (up to 128 characters) and can search by. */
import { MarketingListError } from './errors/MarketingListError';
import { LIST_NAME_MAX_LENGTH } from './marketingListSchema';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

export function checkListName(raw: string): string {
  const name = raw.trim();
  if (name === '')
    throw new MarketingListError('The marketing list needs a name: give --name, or "name" in the definition.');
  if (name.length > LIST_NAME_MAX_LENGTH) {
    throw new MarketingListError(
      `The marketing list name has ${name.length} characters; Dataverse allows ${LIST_NAME_MAX_LENGTH}.`,
    );
  }
  if (CONTROL.test(name))
    throw new MarketingListError('The marketing list name contains a control character (a tab or line break).');
  return name;
}
