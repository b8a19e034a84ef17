/**
 * The shape of a Dataverse table declaration, shared by the emulator (Microsoft's tables, from their table
 * references) and by LeadLink's own customizations (schema/leadlink.ts), which the solution ships and the emulator
 * loads as if the solution were imported.
 */

/** Attribute types, named after Dataverse's AttributeTypeCode. */
export type ColumnType =
  | 'uniqueidentifier' // the primary key
  | 'string'
  | 'memo'
  | 'integer'
  | 'bigint'
  | 'decimal'
  | 'double'
  | 'money'
  | 'boolean'
  | 'datetime'
  | 'picklist'
  | 'multiselect'
  | 'state'
  | 'status'
  | 'lookup' // single-target or multi-target lookup (targets)
  | 'owner' // ownerid: systemuser or team
  | 'customer' // account or contact
  | 'entityname'; // the "type" column of a polymorphic lookup, e.g. customeridtype

export interface ColumnDef {
  /** Logical name, lower case. */
  readonly name: string;
  readonly type: ColumnType;
  /** Strings and memos: the maximum length Dataverse enforces (error 0x80044331 when exceeded). */
  readonly maxLength?: number;
  /** Numbers: the allowed range. */
  readonly min?: number;
  readonly max?: number;
  /** Choices (picklist, state, status, multiselect, boolean labels): value → English label. */
  readonly options?: Readonly<Record<number, string>>;
  /** Status reasons: the state each status value belongs to. */
  readonly statusState?: Readonly<Record<number, number>>;
  /** Lookups: the tables the lookup may point at (logical names). */
  readonly targets?: readonly string[];
  /** False where the reference says IsValidForCreate = False. Default true. */
  readonly validForCreate?: boolean;
  /** False where the reference says IsValidForUpdate = False. Default true. */
  readonly validForUpdate?: boolean;
  /** False where the reference says IsValidForRead = False (e.g. serviceendpoint.authvalue). Default true. */
  readonly validForRead?: boolean;
  /** Value used on create when none is given. */
  readonly defaultValue?: string | number | boolean | null;
  /**
   * Looked up by value (equality, `In`) often enough to keep an index on, besides keys and lookups (which always have
   * one): the emulator indexes it (emulator/store/defineIndexes.ts).
   */
  readonly indexed?: boolean;
}

/** A navigation property of the Web API EntityType. */
export interface NavigationDef {
  /** The navigation property name as the Web API exposes it, e.g. `parentcontactid` or `lead_parent_contact`. */
  readonly name: string;
  /** Single-valued (a lookup on this table) or collection-valued (the lookup is on the other table). */
  readonly kind: 'single' | 'collection';
  /** The logical name of the related table. */
  readonly target: string;
  /**
   * The lookup column that holds the relationship: on this table for `single`, on the target table for
   * `collection`.
   */
  readonly lookup: string;
  /** The relationship's schema name, e.g. `lead_parent_contact`. */
  readonly relationship: string;
}

export interface TableDef {
  readonly logicalName: string;
  readonly entitySetName: string;
  readonly primaryIdAttribute: string;
  readonly primaryNameAttribute: string;
  readonly objectTypeCode?: number;
  /** Alternate keys: each an array of column names whose values must be unique together (error 0x80060892). */
  readonly alternateKeys?: readonly (readonly string[])[];
  /** Whether rows carry statecode/statuscode (the Update-fires-twice rule keys on them). */
  readonly columns: readonly ColumnDef[];
  readonly navigation: readonly NavigationDef[];
  /** Whether CreateMultiple / UpdateMultiple are available on this table (not every table supports them). */
  readonly supportsMultiple?: boolean;
}
