/**
 * The Dataverse environment variables LeadLink reads. The solution writes their definitions from this list and the
 * functions read them by these schema names, so a name appears once.
 * Type codes are environmentvariabledefinition.type: 100000000 String, 100000001 Number, 100000002 Boolean,
 * 100000003 JSON (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition).
 */
export const ENV_VAR_TYPE = { string: 100000000, number: 100000001, boolean: 100000002, json: 100000003 } as const;

export interface EnvironmentVariableSpec {
  readonly schemaName: string;
  readonly displayName: string;
  readonly description: string;
  readonly type: (typeof ENV_VAR_TYPE)[keyof typeof ENV_VAR_TYPE];
  /** As stored in Dataverse: text. Booleans are `yes` / `no` in exports. Absent: the variable ships without one. */
  readonly defaultValue?: string;
}

export const ENV_VARS = {
  orphanLeadContactCreation: 'leadlink_OrphanLeadContactCreation',
  /** An inline model (at most 2,000 characters); when it has a value it is used instead of the web resource. */
  scoringModel: 'leadlink_ScoringModel',
  /** The name of the web resource holding the scoring model. */
  scoringModelWebResource: 'leadlink_ScoringModelWebResource',
  leadMatchingStrategy: 'leadlink_LeadMatchingStrategy',
} as const;
