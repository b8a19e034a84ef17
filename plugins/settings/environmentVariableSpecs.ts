import { ENV_VAR_TYPE, ENV_VARS, type EnvironmentVariableSpec } from '../../schema/environmentVariables';
import { DEFAULT_MODEL_WEB_RESOURCE } from '../../schema/webResources';
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
    schemaName: ENV_VARS.scoringModelWebResource,
    displayName: 'LeadLink: lead scoring model (web resource)',
    description:
      "The name of the web resource holding the scoring model as JSON: behaviour rules, field rules, grades, the sales-ready score, decay and rule labels per language. Ships naming LeadLink's default model; `leadlink model upload` uploads yours, validated, and names it here.",
    type: ENV_VAR_TYPE.string,
    defaultValue: DEFAULT_MODEL_WEB_RESOURCE.name,
  },
  {
    // Kept for models set before the web resource existed: an environment variable value holds 2,000 characters.
    schemaName: ENV_VARS.scoringModel,
    displayName: 'LeadLink: lead scoring model (inline, at most 2,000 characters)',
    description:
      'Optional. A scoring model as JSON of at most 2,000 characters; when it has a value it is used instead of the web resource named by leadlink_ScoringModelWebResource. Leave it empty for real models.',
    type: ENV_VAR_TYPE.json,
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
