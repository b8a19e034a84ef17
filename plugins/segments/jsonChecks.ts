/** Small checks shared by the parsers of segment definitions. */
import { quoteName } from '../common/problemList';
import { didYouMean } from './suggest';

/** Unknown keys reported one by one; more are summarized in one issue. */
const MAX_KEYS_NAMED = 3;

export type JsonObject = Readonly<Record<string, unknown>>;
/** Records one problem at a path such as `lead.conditions[1].column`. */
export type Report = (path: string, message: string) => void;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reports the keys that are not allowed here: each with a suggestion for a likely typo when there are a few, in one
 * summary when there are many (a definition with 20,000 stray keys gets one line, not 20,000).
 */
export function checkKeys(raw: JsonObject, allowed: readonly string[], path: string, report: Report): void {
  const unknown = Object.keys(raw).filter((key) => !allowed.includes(key));
  if (unknown.length > MAX_KEYS_NAMED) {
    const named = unknown.slice(0, MAX_KEYS_NAMED).map(quoteName).join(', ');
    report(
      path === '' ? '(definition)' : path,
      `${unknown.length.toLocaleString('en-US')} unknown keys, e.g. ${named}; allowed here: ${allowed.join(', ')}`,
    );
    return;
  }
  for (const key of unknown) {
    const where = path === '' ? quoteName(key) : `${path}.${quoteName(key)}`;
    report(where, `unknown key${didYouMean(key, allowed)}; allowed here: ${allowed.join(', ')}`);
  }
}
