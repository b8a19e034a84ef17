/**
 * The `Prefer` header: several preferences in one header, comma-separated
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#http-headers).
 */
import { positiveInteger } from './buildQuery';

export interface Preferences {
  /** Rows per page (Dataverse's default and maximum is 5,000). */
  readonly maxPageSize?: number;
  /** e.g. `*` or `OData.Community.Display.V1.FormattedValue`. */
  readonly includeAnnotations?: string;
  readonly returnRepresentation?: boolean;
  readonly continueOnError?: boolean;
}

export function preferHeader(preferences: Preferences): Record<string, string> {
  const values: string[] = [];
  if (preferences.maxPageSize !== undefined)
    values.push(`odata.maxpagesize=${positiveInteger('maxPageSize', preferences.maxPageSize)}`);
  if (preferences.includeAnnotations)
    values.push(`odata.include-annotations="${preferences.includeAnnotations.replace(/"/g, '')}"`);
  if (preferences.returnRepresentation) values.push('return=representation');
  if (preferences.continueOnError) values.push('odata.continue-on-error');
  return values.length ? { Prefer: values.join(',') } : {};
}
