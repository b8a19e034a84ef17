import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { decimal, picklist, primaryKey, text, whole } from '../columns/define';
import { activeInactive } from '../columns/stateStatus';
import { auditNavigation } from '../navigation/define';

/**
 * Currency (TransactionCurrency), minimal: money columns and transactioncurrencyid lookups point at it. Columns:
 * Currency (TransactionCurrency) table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/transactioncurrency .
 */
export const TRANSACTIONCURRENCY: TableDef = {
  logicalName: 'transactioncurrency',
  entitySetName: 'transactioncurrencies',
  primaryIdAttribute: 'transactioncurrencyid',
  primaryNameAttribute: 'currencyname',
  objectTypeCode: 9105,
  columns: [
    primaryKey('transactioncurrencyid'),
    text('currencyname', 100),
    text('isocurrencycode', 5),
    text('currencysymbol', 10),
    whole('currencyprecision', 0, 10),
    decimal('exchangerate', 0.000000000001, 100000000000),
    picklist('currencytype', { 0: 'System', 1: 'Custom' }, { defaultValue: 0 }),
    ...activeInactive(),
    ...AUDIT_COLUMNS,
  ],
  navigation: [...auditNavigation('lk_transactioncurrencybase_createdby', 'lk_transactioncurrencybase_modifiedby')],
};
