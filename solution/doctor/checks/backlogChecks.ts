import type { ODataRecord } from '../../../dataverse';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { check, type CheckResult } from '../CheckResult';
import { FIX } from '../format/fixes';
import { COUNT_ALIAS } from '../read/backlogFetchXml';
import type { Read } from '../read/Read';
import { countOf, describeCount } from './countOf';

const G = 'backlog';
type Rows = Read<readonly ODataRecord[]>;

export interface BacklogInput {
  readonly orphanLeads: Rows;
  readonly qualifiedMarketingOnly: Rows;
  readonly unlinkedMarketingOnly: Rows;
  /** Whether leadlink_OrphanLeadContactCreation is on; undefined when not known. */
  readonly contactCreationOn: boolean | undefined;
}

/** The work the webhooks left: counts only (aggregate FetchXML), each with what clears it. */
export function backlogChecks(input: BacklogInput): CheckResult[] {
  const orphanFix =
    input.contactCreationOn === false ? FIX.backfillWhileOff(ENV_VARS.orphanLeadContactCreation) : FIX.backfill;
  return [
    backlogCheck('backlog.orphanLeads', input.orphanLeads, 'open leads without a parent contact', orphanFix),
    backlogCheck(
      'backlog.qualifiedMarketingOnly',
      input.qualifiedMarketingOnly,
      'qualified leads whose contact is still marketing-only',
      FIX.backfill,
    ),
    backlogCheck(
      'backlog.unlinkedMarketingOnly',
      input.unlinkedMarketingOnly,
      'marketing-only contacts that no lead points at',
      "review them (Power Apps → Contacts → the 'Marketing contacts' view): their lead was deleted or now names another contact",
    ),
  ];
}

function backlogCheck(id: string, read: Rows, what: string, fix: string): CheckResult {
  const count = countOf(read, COUNT_ALIAS);
  if (count.kind === 'unknown') return check(G, id, 'error', `Cannot count ${what}`, [count.error]);
  if (count.kind === 'exact' && count.value === 0) return check(G, id, 'pass', `No ${what}`);
  return check(G, id, 'warn', `${describeCount(count)} ${what}`, [], fix);
}
