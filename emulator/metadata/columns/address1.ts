import type { ColumnDef } from '../../../schema/types';
import { memo, READ_ONLY, text } from './define';

/**
 * The address1_* columns lead, contact and account share (same lengths in all three references), except
 * address1_name: 100 on lead, 200 on contact and account.
 */
export function address1Columns(nameMaxLength: number): ColumnDef[] {
  return [
    text('address1_name', nameMaxLength),
    text('address1_line1', 250),
    text('address1_line2', 250),
    text('address1_line3', 250),
    text('address1_city', 80),
    text('address1_stateorprovince', 50),
    text('address1_postalcode', 20),
    text('address1_country', 80),
    text('address1_county', 50),
    text('address1_postofficebox', 20),
    text('address1_telephone1', 50),
    text('address1_fax', 50),
    memo('address1_composite', 1000, READ_ONLY),
  ];
}
