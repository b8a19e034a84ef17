/**
 * The columns to $select so that scoreLead and diffLeadScore see everything they read: the lead's score columns,
 * lookups and Rating, the columns the model's field rules name, and the interaction columns.
 */
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { CONTACT_COLUMNS, INTERACTION_CONTACT_VALUE, LEAD_COLUMNS } from '../engine/platformColumns';
import type { FieldRuleEntity, ScoringModel } from '../model/ScoringModel';

export interface ScoringColumns {
  readonly lead: readonly string[];
  readonly contact: readonly string[];
  readonly account: readonly string[];
  readonly interaction: readonly string[];
}

export function scoringColumns(model: ScoringModel): ScoringColumns {
  const ruleColumns = (entity: FieldRuleEntity) =>
    model.fieldRules.filter((rule) => rule.entity === entity).map((rule) => rule.column);
  const unique = (columns: readonly string[]) => [...new Set(columns)];
  return {
    lead: unique([
      LEAD_COLUMNS.id,
      LEAD_COLUMNS.parentContactValue,
      LEAD_COLUMNS.parentAccountValue,
      LEAD_COLUMNS.rating,
      ...Object.values(LEAD_SCORE_COLUMNS),
      ...ruleColumns('lead'),
    ]),
    contact: unique([CONTACT_COLUMNS.id, ...ruleColumns('contact')]),
    account: unique(ruleColumns('account')),
    interaction: [
      INTERACTION.id,
      INTERACTION_CONTACT_VALUE,
      INTERACTION.type,
      INTERACTION.occurredOn,
      INTERACTION.url,
      INTERACTION.campaign,
    ],
  };
}
