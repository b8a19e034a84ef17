import { ENV_VAR_TYPE, ENV_VARS, type EnvironmentVariableSpec } from '../../schema/environmentVariables';
import { DEFAULT_SCORING_MODEL_JSON } from '../scoring';
import { DEFAULT_LEAD_MATCHING_STRATEGY } from './leadMatchingStrategies';

/**
 * Every environment variable LeadLink reads, with the default it ships. The solution writes the definitions from
 * this list; `leadlink start` creates them in the emulator the way importing the solution would.
 */
export const ENVIRONMENT_VARIABLE_SPECS: readonly EnvironmentVariableSpec[] = [
  {
    schemaName: ENV_VARS.orphanLeadContactCreation,
    displayName: 'LeadLink: create contacts for orphan leads',
    description:
      'When yes, every open lead without a parent contact is linked to a matching contact or to a new marketing-only contact. Ships off: switch it on after import.',
    type: ENV_VAR_TYPE.boolean,
    defaultValue: 'no',
  },
  {
    schemaName: ENV_VARS.scoringModel,
    displayName: 'LeadLink: lead scoring model',
    description:
      'The scoring model as JSON: behaviour rules, field rules, grades, the sales-ready score and decay. Invalid JSON stops scoring with an error naming the problem.',
    type: ENV_VAR_TYPE.json,
    defaultValue: DEFAULT_SCORING_MODEL_JSON,
  },
  {
    schemaName: ENV_VARS.leadMatchingStrategy,
    displayName: 'LeadLink: landing-page lead matching',
    description:
      'How a landing-page submission from a known contact finds its lead: contact-and-topic (an open lead of the contact with the same topic), contact (any open lead of the contact) or always-new.',
    type: ENV_VAR_TYPE.string,
    defaultValue: DEFAULT_LEAD_MATCHING_STRATEGY,
  },
];
