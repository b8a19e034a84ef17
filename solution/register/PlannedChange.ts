import type { RegistrationItem } from './RegistrationReport';

/** Rows to report and the writes that make them so; `apply` is not called on a dry run. */
export interface PlannedChange {
  readonly items: readonly RegistrationItem[];
  readonly apply: () => Promise<void>;
}

export const NOTHING_TO_APPLY = async (): Promise<void> => {};
