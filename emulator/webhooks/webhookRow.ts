/**
 * A row's values as the emulator holds them (emulator/store/values.ts), by column type: uniqueidentifier → GUID
 * text; string/memo/entityname → text; integer/bigint/decimal/double/money → number; boolean; datetime → ISO-8601
 * UTC text; picklist/state/status → number; multiselect → number[]; lookup/owner/customer → reference; or null.
 * A reference may carry the target row's primary name, which Dataverse writes as EntityReference.Name.
 */
export interface WebhookLookup {
  readonly id: string;
  readonly logicalName: string;
  readonly name?: string;
}

export type WebhookColumnValue = string | number | boolean | readonly number[] | WebhookLookup | null;

export type WebhookRow = Readonly<Record<string, WebhookColumnValue>>;
