/**
 * Sorts a failed load into what the user can act on. Xrm.WebApi rejects with an object carrying `errorCode` (a
 * negative number) and `message`; other hosts give an HTTP status or a hex `code`. Codes, from "Troubleshoot Dataverse
 * client errors" (https://learn.microsoft.com/troubleshoot/power-platform/dataverse/user-permissions/client-errors) and
 * the web service error codes (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/web-service-error-codes):
 * -2147220960 (0x80040220) "Principal user is missing privilege", -2147187962 (0x80048306) no access right on the
 * record, -2147187707 (0x80048405) AccessDenied; -2147220969 (0x80040217) the record does not exist.
 */
import { InvalidRecordIdError } from './InvalidRecordIdError';
import { RecordNotFoundError } from './RecordNotFoundError';

export type LoadErrorKind = 'permission' | 'notFound' | 'failed';

export interface ClassifiedLoadError {
  readonly kind: LoadErrorKind;
  /** A code a user can quote to an administrator (hex, like the platform shows), or null. */
  readonly code: string | null;
}

const PERMISSION_CODES = new Set([-2147220960, -2147187962, -2147187707]);
const NOT_FOUND_CODES = new Set([-2147220969]);
const PERMISSION_TEXT = /privilege|\bprv[A-Z]\w*|\bAccess ?right|access is denied|not have permission|forbidden/i;

function toHex(code: number): string {
  return `0x${(code >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

function readNumericCode(value: unknown): number | null {
  // Codes may come signed (-2147220960) or unsigned (2147746336); compare them as signed 32-bit integers.
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 0xffffffff) return value | 0;
  if (typeof value === 'string' && /^0x[0-9a-f]{8}$/i.test(value.trim())) return Number.parseInt(value.trim(), 16) | 0;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim()) | 0;
  return null;
}

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

function isHttpStatus(value: number): boolean {
  return value >= 100 && value <= 599;
}

export function classifyLoadError(error: unknown): ClassifiedLoadError {
  if (error instanceof RecordNotFoundError) return { kind: 'notFound', code: null };
  if (error instanceof InvalidRecordIdError) return { kind: 'failed', code: null };
  // Hosts differ: some put the HTTP status in errorCode and the Dataverse code in `code`, so sort the numbers by range.
  const numbers = ['errorCode', 'code', 'status', 'statusCode']
    .map((key) => readNumericCode(field(error, key)))
    .filter((value): value is number => value !== null);
  const numeric = numbers.find((value) => !isHttpStatus(value)) ?? null;
  const status = numbers.find(isHttpStatus) ?? null;
  const rawMessage = field(error, 'message');
  const message = typeof rawMessage === 'string' ? rawMessage : typeof error === 'string' ? error : '';
  const code = numeric === null ? null : toHex(numeric);
  if ((numeric !== null && PERMISSION_CODES.has(numeric)) || status === 403 || PERMISSION_TEXT.test(message)) {
    return { kind: 'permission', code };
  }
  if ((numeric !== null && NOT_FOUND_CODES.has(numeric)) || status === 404) return { kind: 'notFound', code };
  return { kind: 'failed', code };
}
