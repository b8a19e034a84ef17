import type { ColumnDef } from '../../../schema/types';

/**
 * Small constructors for column declarations, so each table file reads like its table reference: name, type,
 * length or range, options, and the IsValidFor* flags the reference states.
 */
export type ColumnFlags = Pick<
  ColumnDef,
  'validForCreate' | 'validForUpdate' | 'validForRead' | 'defaultValue' | 'indexed'
>;

/** IsValidForCreate = False and IsValidForUpdate = False: the platform sets the value (createdon, versionnumber…). */
export const READ_ONLY: ColumnFlags = { validForCreate: false, validForUpdate: false };

/** IsValidForUpdate = False only: settable on create, fixed afterwards (primary keys, list type…). */
export const CREATE_ONLY: ColumnFlags = { validForUpdate: false };

/** Rows are looked up by this column's value (e-mail addresses, names): the emulator indexes it. */
export const INDEXED: ColumnFlags = { indexed: true };

export const primaryKey = (name: string): ColumnDef => ({ name, type: 'uniqueidentifier', ...CREATE_ONLY });

export const guid = (name: string, flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'uniqueidentifier',
  ...flags,
});

export const text = (name: string, maxLength: number, flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'string',
  maxLength,
  ...flags,
});

export const memo = (name: string, maxLength: number, flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'memo',
  maxLength,
  ...flags,
});

export const whole = (name: string, min: number, max: number, flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'integer',
  min,
  max,
  ...flags,
});

export const decimal = (name: string, min: number, max: number, flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'decimal',
  min,
  max,
  ...flags,
});

/** Money columns; the range is given only where the reference states it. */
export const money = (name: string, range?: { min: number; max: number }, flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'money',
  ...(range ?? {}),
  ...flags,
});

export const dateTime = (name: string, flags: ColumnFlags = {}): ColumnDef => ({ name, type: 'datetime', ...flags });

export const picklist = (
  name: string,
  options: Readonly<Record<number, string>>,
  flags: ColumnFlags = {},
): ColumnDef => ({
  name,
  type: 'picklist',
  options,
  ...flags,
});

/** A two-option column: labels for 1 (true) and 0 (false) as the reference names them, and the default. */
export const yesNo = (
  name: string,
  labels: { readonly true: string; readonly false: string },
  defaultValue: boolean,
  flags: ColumnFlags = {},
): ColumnDef => ({
  name,
  type: 'boolean',
  options: { 1: labels.true, 0: labels.false },
  defaultValue,
  ...flags,
});

export const YES_NO = { true: 'Yes', false: 'No' } as const;

export const lookup = (name: string, targets: readonly string[], flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'lookup',
  targets,
  ...flags,
});

/** A Customer column (polymorphic account/contact), e.g. lead.customerid, contact.parentcustomerid. */
export const customer = (name: string, flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'customer',
  targets: ['account', 'contact'],
  ...flags,
});

/** The EntityName column that names the target type of a polymorphic lookup (customeridtype, owneridtype…). */
export const entityName = (name: string, flags: ColumnFlags = {}): ColumnDef => ({
  name,
  type: 'entityname',
  ...flags,
});
