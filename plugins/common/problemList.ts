/**
 * Error lists that stay short whatever a request holds: a body with 20,000 unknown keys must not come back as a
 * 2.4 MB answer, and a key or value a sender chose is shown only briefly, never whole. Used wherever LeadLink lists
 * problems with input (interaction intake, landing-page submissions, segment definitions).
 */

/** Problems listed for one item, submission or definition; the rest are counted in one last line. */
export const MAX_PROBLEMS_LISTED = 20;
/** Unknown keys named one by one; more are summarized in one problem. */
const MAX_KEYS_NAMED = 3;
const MAX_NAME_SHOWN = 40;

/**
 * A name the sender chose (a JSON key), safe to put in a message: as is when it is a short plain word, else quoted
 * (control characters escaped) and cut short.
 */
export function quoteName(name: string): string {
  if (/^[A-Za-z0-9_$-]+$/.test(name) && name.length <= MAX_NAME_SHOWN) return name;
  return JSON.stringify(name.length > MAX_NAME_SHOWN ? `${name.slice(0, MAX_NAME_SHOWN)}…` : name);
}

/** The first `max` problems, and a line saying how many more there were. */
export function capProblems(problems: readonly string[], max = MAX_PROBLEMS_LISTED): string[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), moreProblems(problems.length - max)];
}

export function moreProblems(count: number): string {
  return `… and ${count.toLocaleString('en-US')} more problem${count === 1 ? '' : 's'} not listed`;
}

/**
 * Problems for keys that are not allowed: one each for a few (`occuredOn: is not a field of an interaction (expected
 * …)`), one summary for many (`20,000 unknown fields, e.g. "a", "b", "c" (expected …)`).
 */
export function unknownKeyProblems(keys: readonly string[], allowed: readonly string[], what: string): string[] {
  const expected = `expected ${allowed.join(', ')}`;
  if (keys.length <= MAX_KEYS_NAMED)
    return keys.map((key) => `${quoteName(key)}: is not a field of ${what} (${expected})`);
  const named = keys.slice(0, MAX_KEYS_NAMED).map(quoteName).join(', ');
  return [
    `${keys.length.toLocaleString('en-US')} unknown fields, e.g. ${named}, are not fields of ${what} (${expected})`,
  ];
}

/**
 * Why a body is not JSON, without echoing it: JavaScript's messages quote the text they stopped at (binary, for a
 * gzip body), so only the position is kept.
 */
export function jsonSyntaxProblem(error: unknown): string {
  const position = /\bposition (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return position === undefined ? 'not valid JSON' : `not valid JSON (stopped at character ${position})`;
}

/** A short, safe description of a value a sender gave, for a message: never more than 60 characters of it. */
export function describeInput(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
