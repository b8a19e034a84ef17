import { DataverseError } from '../../dataverse';

/** Which write failed. */
export type SweepStep = 'create-contact' | 'link-lead' | 'clear-flag' | 'apply-opt-outs';

/** A record the sweep could not write: reported, while the rest of the run proceeds. */
export interface SweepFailure {
  readonly step: SweepStep;
  /** The leads this failure leaves undone (for clear-flag and apply-opt-outs: the leads of the contact). */
  readonly leadIds: readonly string[];
  readonly contactId?: string;
  readonly status?: number;
  /** Dataverse's error code, e.g. 0x80044331 for a validation error. */
  readonly code?: string;
  /** Dataverse's message (never a record's data, a token or a key). */
  readonly reason: string;
}

export function sweepFailure(
  step: SweepStep,
  leadIds: readonly string[],
  error: unknown,
  contactId?: string,
): SweepFailure {
  const known = error instanceof DataverseError ? error : undefined;
  return {
    step,
    leadIds,
    ...(contactId !== undefined ? { contactId } : {}),
    ...(known?.status !== undefined ? { status: known.status } : {}),
    ...(known?.code !== undefined ? { code: known.code } : {}),
    reason: known?.dataverseMessage ?? (error instanceof Error ? error.message : String(error)),
  };
}
