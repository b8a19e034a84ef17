/**
 * LeadLink's own customizations: the columns it adds to lead, and the interaction table. The solution packs them
 * (solution/), the emulator loads them as if the solution were imported, and the code reads their names from here.
 * Option values use the publisher's option value prefix 74210.
 */
import type { ColumnDef, TableDef } from './types';

export const PUBLISHER_PREFIX = 'leadlink';
export const OPTION_VALUE_PREFIX = 74210;

/** Columns LeadLink adds to the lead table. */
export const LEAD_SCORE_COLUMNS = {
  score: 'leadlink_score',
  grade: 'leadlink_grade',
  salesReady: 'leadlink_salesready',
  scoredOn: 'leadlink_scoredon',
  scoreReasons: 'leadlink_scorereasons',
  /** Set by sales to send a lead back to marketing for more nurturing. */
  returnedToMarketing: 'leadlink_returnedtomarketing',
  /** The score the lead had when it was returned; it must earn new points above it to be sales-ready again. */
  returnedAtScore: 'leadlink_returnedatscore',
} as const;

export const LEAD_CUSTOM_COLUMNS: readonly ColumnDef[] = [
  { name: LEAD_SCORE_COLUMNS.score, type: 'integer', min: -2147483648, max: 2147483647 },
  { name: LEAD_SCORE_COLUMNS.grade, type: 'string', maxLength: 100 },
  { name: LEAD_SCORE_COLUMNS.salesReady, type: 'boolean', options: { 0: 'No', 1: 'Yes' }, defaultValue: false },
  { name: LEAD_SCORE_COLUMNS.scoredOn, type: 'datetime' },
  { name: LEAD_SCORE_COLUMNS.scoreReasons, type: 'memo', maxLength: 100000 },
  {
    name: LEAD_SCORE_COLUMNS.returnedToMarketing,
    type: 'boolean',
    options: { 0: 'No', 1: 'Yes' },
    defaultValue: false,
  },
  { name: LEAD_SCORE_COLUMNS.returnedAtScore, type: 'integer', min: -2147483648, max: 2147483647 },
];

/** Interaction types (choice leadlink_type). */
export const INTERACTION_TYPE = {
  emailOpened: 742100000,
  emailClicked: 742100001,
  websiteVisited: 742100002,
  formSubmitted: 742100003,
  eventRegistered: 742100004,
  eventCheckedIn: 742100005,
  unsubscribed: 742100006,
} as const;
export type InteractionTypeName = keyof typeof INTERACTION_TYPE;

export const INTERACTION = {
  table: 'leadlink_interaction',
  entitySet: 'leadlink_interactions',
  id: 'leadlink_interactionid',
  name: 'leadlink_name',
  contact: 'leadlink_contactid',
  lead: 'leadlink_leadid',
  type: 'leadlink_type',
  occurredOn: 'leadlink_occurredon',
  subject: 'leadlink_subject',
  url: 'leadlink_url',
  campaign: 'leadlink_campaign',
  sourceId: 'leadlink_sourceid',
  /** Navigation properties (single-valued) and the reverse collections on contact and lead. */
  contactNav: 'leadlink_contactid',
  leadNav: 'leadlink_leadid',
  contactRelationship: 'leadlink_contact_interaction',
  leadRelationship: 'leadlink_lead_interaction',
} as const;

export const INTERACTION_TABLE: TableDef = {
  logicalName: INTERACTION.table,
  entitySetName: INTERACTION.entitySet,
  primaryIdAttribute: INTERACTION.id,
  primaryNameAttribute: INTERACTION.name,
  alternateKeys: [[INTERACTION.sourceId]],
  supportsMultiple: true,
  columns: [
    { name: INTERACTION.id, type: 'uniqueidentifier' },
    { name: INTERACTION.name, type: 'string', maxLength: 200 },
    { name: INTERACTION.contact, type: 'lookup', targets: ['contact'] },
    { name: INTERACTION.lead, type: 'lookup', targets: ['lead'] },
    {
      name: INTERACTION.type,
      type: 'picklist',
      options: {
        [INTERACTION_TYPE.emailOpened]: 'Email opened',
        [INTERACTION_TYPE.emailClicked]: 'Email clicked',
        [INTERACTION_TYPE.websiteVisited]: 'Website visited',
        [INTERACTION_TYPE.formSubmitted]: 'Form submitted',
        [INTERACTION_TYPE.eventRegistered]: 'Event registered',
        [INTERACTION_TYPE.eventCheckedIn]: 'Event checked in',
        [INTERACTION_TYPE.unsubscribed]: 'Unsubscribed',
      },
    },
    { name: INTERACTION.occurredOn, type: 'datetime' },
    { name: INTERACTION.subject, type: 'string', maxLength: 400 },
    { name: INTERACTION.url, type: 'string', maxLength: 2000 },
    { name: INTERACTION.campaign, type: 'string', maxLength: 400 },
    { name: INTERACTION.sourceId, type: 'string', maxLength: 200 },
    { name: 'createdon', type: 'datetime', validForCreate: false, validForUpdate: false },
    { name: 'modifiedon', type: 'datetime', validForCreate: false, validForUpdate: false },
    { name: 'statecode', type: 'state', options: { 0: 'Active', 1: 'Inactive' }, defaultValue: 0 },
    {
      name: 'statuscode',
      type: 'status',
      options: { 1: 'Active', 2: 'Inactive' },
      statusState: { 1: 0, 2: 1 },
      defaultValue: 1,
    },
    { name: 'ownerid', type: 'owner', targets: ['systemuser', 'team'] },
  ],
  navigation: [
    {
      name: INTERACTION.contactNav,
      kind: 'single',
      target: 'contact',
      lookup: INTERACTION.contact,
      relationship: INTERACTION.contactRelationship,
    },
    {
      name: INTERACTION.leadNav,
      kind: 'single',
      target: 'lead',
      lookup: INTERACTION.lead,
      relationship: INTERACTION.leadRelationship,
    },
  ],
};

/** Collection navigation properties LeadLink's relationships add to Microsoft's tables. */
export const CUSTOM_NAVIGATION = {
  contact: [
    {
      name: INTERACTION.contactRelationship,
      kind: 'collection',
      target: INTERACTION.table,
      lookup: INTERACTION.contact,
      relationship: INTERACTION.contactRelationship,
    },
  ],
  lead: [
    {
      name: INTERACTION.leadRelationship,
      kind: 'collection',
      target: INTERACTION.table,
      lookup: INTERACTION.lead,
      relationship: INTERACTION.leadRelationship,
    },
  ],
} as const satisfies Record<string, readonly import('./types').NavigationDef[]>;
