/** Small checks shared by the parsers of segment definitions. */
import { didYouMean } from './suggest';

export type JsonObject = Readonly<Record<string, unknown>>;
/** Records one problem at a path such as `lead.conditions[1].column`. */
export type Report = (path: string, message: string) => void;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reports every key that is not allowed here, with a suggestion for a likely typo. */
export function checkKeys(raw: JsonObject, allowed: readonly string[], path: string, report: Report): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      const where = path === '' ? key : `${path}.${key}`;
      report(where, `unknown key${didYouMean(key, allowed)}; allowed here: ${allowed.join(', ')}`);
    }
  }
}
