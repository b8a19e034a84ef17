import { DataverseError } from '../../../dataverse';

/**
 * A create that met an existing record: 412 with DuplicateRecord (0x80040237, primary key or `If-None-Match: *`) or
 * DuplicateRecordEntityKey (0x80060892, an alternate key)
 * (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
 */
export const DUPLICATE_KEY_CODES = ['0x80040237', '0x80060892'] as const;

export function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof DataverseError) || error.status !== 412) return false;
  const code = error.code?.toLowerCase();
  return code === undefined || (DUPLICATE_KEY_CODES as readonly string[]).includes(code);
}
