import { DO_NOT_PREFERENCE_COLUMNS } from '../../schema/names';

/**
 * The opt-outs a lead carries that the contact it is linked to still allows: each `donot…` column (donotemail,
 * donotbulkemail, donotphone, donotpostalmail, donotfax, donotsendmm) the lead has true and the contact does not. The
 * strictest wins and nothing is ever loosened: a person's opt-out must not be lost because another of their leads
 * came first. Empty when the contact is as strict as the lead.
 */
export function optOutsToApply(
  lead: Readonly<Record<string, unknown>>,
  contact: Readonly<Record<string, unknown>>,
): Record<string, true> {
  const out: Record<string, true> = {};
  for (const column of DO_NOT_PREFERENCE_COLUMNS)
    if (lead[column] === true && contact[column] !== true) out[column] = true;
  return out;
}
