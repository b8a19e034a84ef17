import { v5 as uuidv5 } from 'uuid';

/**
 * LeadLink's UUID v5 namespace for marketing list ids. It must never change: two runs racing to create a list of the
 * same name compute the same id, so the second one's create-only upsert meets the first one's list (412) instead of
 * making a twin.
 */
export const LEADLINK_LIST_NAMESPACE = '3a5f07ca-1472-441e-99a5-b209f526310f';

/** The id of the list LeadLink creates for a name; names differing only in case share it (Dataverse matches them alike). */
export function deterministicListId(name: string): string {
  return uuidv5(`list:${name.trim().toLowerCase()}`, LEADLINK_LIST_NAMESPACE);
}
