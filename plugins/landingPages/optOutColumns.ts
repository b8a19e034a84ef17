/**
 * Where each form opt-out lands: the "do not" preference columns lead and contact share (true = do not contact that
 * way). `satisfies` holds each name to the shared list in schema/names.ts.
 */
import type { DO_NOT_PREFERENCE_COLUMNS } from '../../schema/names';
import type { OptOut } from './Submission';

export const OPT_OUT_COLUMNS = {
  bulkEmail: 'donotbulkemail',
  email: 'donotemail',
  phone: 'donotphone',
  fax: 'donotfax',
  postalMail: 'donotpostalmail',
  marketingMaterials: 'donotsendmm',
} as const satisfies Record<OptOut, (typeof DO_NOT_PREFERENCE_COLUMNS)[number]>;

/** The columns to set to true for these opt-outs. */
export function optOutValues(optOuts: readonly OptOut[]): Record<string, true> {
  return Object.fromEntries(optOuts.map((optOut) => [OPT_OUT_COLUMNS[optOut], true]));
}
