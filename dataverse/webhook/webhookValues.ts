/**
 * The typed values a parsed webhook carries. Every object value has a `kind`, so a caller can tell a choice
 * (`{ kind: 'option', value: 1 }`) from a whole number (`1`) and a lookup from an embedded record. Dates are `Date`;
 * GUIDs, like every other text, stay strings (the wire format does not mark them, see parseValue.ts).
 */

/** A choice (OptionSetValue): picklist, state, status, and each item of a multi-select choice. */
export interface OptionValue {
  readonly kind: 'option';
  readonly value: number;
}

/** A currency amount (Money). */
export interface MoneyValue {
  readonly kind: 'money';
  readonly value: number;
}

/** A lookup (EntityReference). `name` is present only when Dataverse sent one (usually it sends null). */
export interface EntityReferenceValue {
  readonly kind: 'reference';
  readonly id: string;
  readonly logicalName: string;
  readonly name?: string;
}

/** One `KeyValuePairOfstringstring`, as in SharedVariables `ChangedEntityTypes` (table → message). */
export interface StringPairValue {
  readonly kind: 'pair';
  readonly key: string;
  readonly value: string;
}

/** A value of a `__type` this parser does not model (e.g. a QueryExpression in a RetrieveMultiple context). */
export interface UnknownValue {
  readonly kind: 'unknown';
  /** The `__type` name before the colon, or null when the object had none. */
  readonly type: string | null;
  /** The object as parsed from JSON. */
  readonly json: unknown;
}

/** A record (Entity): the Target, an image, or one activity party inside a party list. */
export interface WebhookEntity {
  readonly kind: 'entity';
  readonly logicalName: string;
  /** Lower-case GUID; all zeros for an activity party Dataverse has not saved yet. */
  readonly id: string;
  readonly attributes: Readonly<Record<string, WebhookValue>>;
  /** Display strings by column (choice labels, formatted numbers and dates), apart from the values. */
  readonly formattedValues: Readonly<Record<string, string>>;
  readonly keyAttributes: Readonly<Record<string, WebhookValue>>;
  readonly rowVersion?: string;
}

export type WebhookPrimitive = string | number | boolean | Date | null;

/**
 * Arrays are multi-select choices (OptionValue[]), party lists and EntityCollections (WebhookEntity[]) and
 * ChangedEntityTypes (StringPairValue[]).
 */
export type WebhookValue =
  | WebhookPrimitive
  | OptionValue
  | MoneyValue
  | EntityReferenceValue
  | StringPairValue
  | UnknownValue
  | WebhookEntity
  | readonly WebhookValue[];

type Tagged = Exclude<WebhookValue, WebhookPrimitive | readonly WebhookValue[]>;

/** Array.isArray does not narrow readonly arrays away, hence this guard. */
function isList(value: WebhookValue): value is readonly WebhookValue[] {
  return Array.isArray(value);
}

function hasKind<K extends Tagged['kind']>(
  value: WebhookValue | undefined,
  kind: K,
): value is Extract<Tagged, { kind: K }> {
  if (value === undefined || value === null || typeof value !== 'object') return false;
  return !isList(value) && !(value instanceof Date) && value.kind === kind;
}

export const isOptionValue = (v: WebhookValue | undefined): v is OptionValue => hasKind(v, 'option');
export const isMoneyValue = (v: WebhookValue | undefined): v is MoneyValue => hasKind(v, 'money');
export const isEntityReference = (v: WebhookValue | undefined): v is EntityReferenceValue => hasKind(v, 'reference');
export const isWebhookEntity = (v: WebhookValue | undefined): v is WebhookEntity => hasKind(v, 'entity');
