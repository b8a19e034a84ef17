/**
 * Reads LeadLink's Dataverse environment variables (the value wins over the definition's default), with a short
 * cache so a burst of webhooks doesn't read them on every call.
 */
export interface EnvironmentSettings {
  /** The variable's text, or undefined when neither a value nor a default exists. */
  text(schemaName: string): Promise<string | undefined>;
  /** The variable's current value only (what an admin set in this environment), ignoring its default. */
  value(schemaName: string): Promise<string | undefined>;
  /** Whether the environment has the variable at all (its definition: the solution is imported). */
  defined(schemaName: string): Promise<boolean>;
  /** A Boolean variable: `yes`/`no` as exports store them, `true`/`false` too. Throws on anything else. */
  flag(schemaName: string): Promise<boolean>;
}
