import { CONTACT, LEAD } from '../../../schema/names';
import { INTERACTION, INTERACTION_TYPE, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';

/**
 * What Dataverse shows for LeadLink's tables and columns: schema names (the PhysicalName in solution XML; logical
 * names stay the lower-case constants of schema/) and English labels. The names and types themselves come from
 * schema/leadlink.ts; this file only adds what a person reads.
 */

export interface TableLabel {
  readonly schemaName: string;
  readonly displayName: string;
  readonly collectionName: string;
  readonly description: string;
}

export interface ColumnLabel {
  readonly schemaName: string;
  readonly displayName: string;
  readonly description: string;
  /** nvarchar format: text (default), url, email. */
  readonly format?: 'text' | 'url' | 'email';
  readonly required?: boolean;
}

/** Microsoft's tables LeadLink extends, by logical name: their schema names in solution XML. */
export const MICROSOFT_TABLE_LABELS: Readonly<Record<string, Pick<TableLabel, 'schemaName' | 'displayName'>>> = {
  [LEAD.table]: { schemaName: 'Lead', displayName: 'Lead' },
  [CONTACT.table]: { schemaName: 'Contact', displayName: 'Contact' },
};

export const TABLE_LABELS: Readonly<Record<string, TableLabel>> = {
  [INTERACTION.table]: {
    schemaName: 'leadlink_Interaction',
    displayName: 'Interaction',
    collectionName: 'Interactions',
    description:
      "A contact's marketing interaction (e-mail opened or clicked, website visit, form submission, event registration or check-in): what LeadLink scores leads from.",
  },
};

/** Key: `<table>.<column>` (logical names). */
export const COLUMN_LABELS: Readonly<Record<string, ColumnLabel>> = {
  [`${LEAD.table}.${LEAD_SCORE_COLUMNS.score}`]: {
    schemaName: 'leadlink_Score',
    displayName: 'Lead score',
    description: "The lead's score from its contact's marketing interactions and its own fields (LeadLink).",
  },
  [`${LEAD.table}.${LEAD_SCORE_COLUMNS.grade}`]: {
    schemaName: 'leadlink_Grade',
    displayName: 'Lead grade',
    description: 'The grade of the score range the lead is in, e.g. A, B, C (LeadLink).',
  },
  [`${LEAD.table}.${LEAD_SCORE_COLUMNS.salesReady}`]: {
    schemaName: 'leadlink_SalesReady',
    displayName: 'Sales ready',
    description: "Yes once the lead's score reached the scoring model's sales-ready score (LeadLink).",
  },
  [`${LEAD.table}.${LEAD_SCORE_COLUMNS.scoredOn}`]: {
    schemaName: 'leadlink_ScoredOn',
    displayName: 'Scored on',
    description: 'When LeadLink last scored the lead.',
  },
  [`${LEAD.table}.${LEAD_SCORE_COLUMNS.scoreReasons}`]: {
    schemaName: 'leadlink_ScoreReasons',
    displayName: 'Score reasons',
    description: 'Why the lead has its score: the rules that added or removed points (LeadLink; compact JSON).',
  },
  [`${LEAD.table}.${LEAD_SCORE_COLUMNS.returnedToMarketing}`]: {
    schemaName: 'leadlink_ReturnedToMarketing',
    displayName: 'Returned to marketing',
    description: 'Set by sales to send the lead back to marketing for more nurturing (LeadLink).',
  },
  [`${LEAD.table}.${LEAD_SCORE_COLUMNS.returnedAtScore}`]: {
    schemaName: 'leadlink_ReturnedAtScore',
    displayName: 'Returned at score',
    description:
      'The score the lead had when it was returned to marketing; it must earn new points above it (LeadLink).',
  },
  [`${INTERACTION.table}.${INTERACTION.id}`]: {
    schemaName: 'leadlink_InteractionId',
    displayName: 'Interaction',
    description: 'Unique identifier for entity instances',
  },
  [`${INTERACTION.table}.${INTERACTION.name}`]: {
    schemaName: 'leadlink_Name',
    displayName: 'Name',
    description: 'A short description of the interaction, e.g. "Opened: Spring newsletter".',
    required: true,
  },
  [`${INTERACTION.table}.${INTERACTION.contact}`]: {
    schemaName: 'leadlink_ContactId',
    displayName: 'Contact',
    description: 'The contact who interacted.',
  },
  [`${INTERACTION.table}.${INTERACTION.lead}`]: {
    schemaName: 'leadlink_LeadId',
    displayName: 'Lead',
    description: 'The lead the interaction is about, when known (e.g. a landing-page submission).',
  },
  [`${INTERACTION.table}.${INTERACTION.type}`]: {
    schemaName: 'leadlink_Type',
    displayName: 'Type',
    description: `What happened: ${Object.keys(INTERACTION_TYPE).length} kinds, from e-mail opened to unsubscribed.`,
  },
  [`${INTERACTION.table}.${INTERACTION.occurredOn}`]: {
    schemaName: 'leadlink_OccurredOn',
    displayName: 'Occurred on',
    description: 'When the interaction happened.',
  },
  [`${INTERACTION.table}.${INTERACTION.subject}`]: {
    schemaName: 'leadlink_Subject',
    displayName: 'Subject',
    description: 'The e-mail, page, form or event the interaction concerns.',
  },
  [`${INTERACTION.table}.${INTERACTION.url}`]: {
    schemaName: 'leadlink_Url',
    displayName: 'URL',
    description: 'The address visited or clicked.',
    format: 'url',
  },
  [`${INTERACTION.table}.${INTERACTION.campaign}`]: {
    schemaName: 'leadlink_Campaign',
    displayName: 'Campaign',
    description: 'The campaign or journey the interaction came from.',
  },
  [`${INTERACTION.table}.${INTERACTION.sourceId}`]: {
    schemaName: 'leadlink_SourceId',
    displayName: 'Source id',
    description:
      "The interaction's id in the system that reported it; unique, so a repeated report updates instead of duplicating.",
  },
};

export function columnLabel(table: string, column: string): ColumnLabel | undefined {
  return COLUMN_LABELS[`${table}.${column}`];
}

export interface RelationshipLabel {
  /** Cascade: deleting the referenced row deletes the rows that point at it; RemoveLink: clears their lookup. */
  readonly cascadeDelete: 'Cascade' | 'RemoveLink';
  readonly description: string;
}

/** By relationship name. A contact's interactions are personal data about that contact: they go with it. */
export const RELATIONSHIP_LABELS: Readonly<Record<string, RelationshipLabel>> = {
  [INTERACTION.contactRelationship]: {
    cascadeDelete: 'Cascade',
    description: "The contact's marketing interactions; deleting the contact deletes them.",
  },
  [INTERACTION.leadRelationship]: {
    cascadeDelete: 'RemoveLink',
    description: 'Interactions about the lead; deleting the lead keeps them on the contact.',
  },
};
