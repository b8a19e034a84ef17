/**
 * The marketing list tables a segment is saved to. Sources: the Marketing List (List) and Marketing List Member
 * (ListMember) table references (https://learn.microsoft.com/dynamics365/sales/developer/entities/list,
 * https://learn.microsoft.com/dynamics365/developer/reference/entities/listmember) and the Web API AddMemberList
 * action (https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/mt607495(v=crm.8)).
 */
export const LIST = {
  table: 'list',
  set: 'lists',
  id: 'listid',
  /** Up to 128 characters. */
  name: 'listname',
  /** true Dynamic (members chosen by `query`), false Static (members are listmember rows). Fixed after create. */
  type: 'type',
  /** The FetchXML of a dynamic list. */
  query: 'query',
  /** "Marketing List Member Type": 1 Account, 2 Contact, 4 Lead. Fixed after create. */
  memberTypeCode: 'createdfromcode',
  /** The members' entity type code (2 for contact). Fixed after create. */
  memberType: 'membertype',
  description: 'description',
} as const;

export const LIST_NAME_MAX_LENGTH = 128;
export const LIST_DESCRIPTION_MAX_LENGTH = 2000;

/** createdfromcode and membertype for a list of contacts (contact's entity type code is 2). */
export const LIST_MEMBER_TYPE_CONTACT = 2;

export const LIST_MEMBER = {
  table: 'listmember',
  set: 'listmembers',
  id: 'listmemberid',
  listId: 'listid',
  /** The member (account, contact or lead); read back as `_entityid_value`. */
  entityId: 'entityid',
  entityIdValue: '_entityid_value',
} as const;

/** Bound to a list: `POST lists(<id>)/Microsoft.Dynamics.CRM.AddMemberList` with `{EntityId}`. */
export const ADD_MEMBER_LIST = 'AddMemberList';
