import type { WebApiRow } from './webApi';

/**
 * Tolerant readers for Web API rows: a value of the wrong type reads as null instead of breaking the panel.
 * FetchXML link-entity columns arrive as `<alias>.<column>`.
 */
export function aliased(alias: string, column: string): string {
  return `${alias}.${column}`;
}

export function readText(row: WebApiRow, key: string): string | null {
  const value = row[key];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function readNumber(row: WebApiRow, key: string): number | null {
  const value = row[key];
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export function readBoolean(row: WebApiRow, key: string): boolean | null {
  const value = row[key];
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'false') return false;
  return null;
}

export function readDate(row: WebApiRow, key: string): Date | null {
  return toDate(row[key]);
}

/** ISO 8601 text (what the Web API returns) or epoch milliseconds. */
export function toDate(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
