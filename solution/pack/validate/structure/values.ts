/**
 * The kinds of text solution XML holds, as XML Schema defines them (https://www.w3.org/TR/xmlschema-2/): numbers,
 * booleans and tokens have their surrounding whitespace removed before they are read; strings are taken as they are.
 */

/** A rule for one attribute value or one element's text. */
export interface ValueRule {
  /** What is allowed, for messages: "0 or 1", "a whole number", … */
  readonly expected: string;
  readonly accepts: (value: string) => boolean;
}

const collapse = (value: string) => value.replace(/[\t\n\r ]+/g, ' ').trim();

function rule(expected: string, accepts: (value: string) => boolean): ValueRule {
  return { expected, accepts };
}

/** Any text (xs:string). */
export const TEXT = rule('text', () => true);

/** Text of at least `min` and at most `max` characters. */
export function textOfLength(min: number, max: number): ValueRule {
  return rule(`text of ${min} to ${max} characters`, (value) => [...value].length >= min && [...value].length <= max);
}

/** One of a list of words, compared exactly (a string enumeration). */
export function oneOf(...values: readonly string[]): ValueRule {
  return rule(`one of ${values.map((v) => `'${v}'`).join(', ')}`, (value) => values.includes(value));
}

/** One of a list of words, surrounding whitespace ignored (an xs:NMTOKEN enumeration). */
export function tokenOneOf(...values: readonly string[]): ValueRule {
  return rule(`one of ${values.map((v) => `'${v}'`).join(', ')}`, (value) => values.includes(collapse(value)));
}

/** Text matching a whole pattern (an xs:pattern, which is always anchored at both ends). */
export function matching(expected: string, pattern: RegExp): ValueRule {
  const anchored = new RegExp(`^(?:${pattern.source})$`, pattern.flags);
  return rule(expected, (value) => anchored.test(value));
}

/** Either rule (an xs:union). */
export function either(...rules: readonly ValueRule[]): ValueRule {
  return rule(rules.map((r) => r.expected).join(' or '), (value) => rules.some((r) => r.accepts(value)));
}

/** '0' or '1' (TrueFalse01Type of Microsoft's schemas: a string enumeration, so no whitespace). */
export const ZERO_OR_ONE = oneOf('0', '1');

/** xs:boolean. */
export const BOOLEAN = rule("'true', 'false', '1' or '0'", (value) =>
  ['true', 'false', '1', '0'].includes(collapse(value)),
);

/** xs:integer. */
export const INTEGER = rule('a whole number', (value) => /^[+-]?\d+$/.test(collapse(value)));

/** xs:nonNegativeInteger. */
export const NON_NEGATIVE_INTEGER = rule('a whole number of 0 or more', (value) =>
  /^(\+?\d+|-0+)$/.test(collapse(value)),
);

/** xs:positiveInteger. */
export const POSITIVE_INTEGER = rule('a whole number of 1 or more', (value) => {
  const v = collapse(value);
  return /^\+?\d+$/.test(v) && /[1-9]/.test(v);
});

/** xs:double. */
export const DOUBLE = rule('a number', (value) =>
  /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|-?INF|NaN)$/.test(collapse(value)),
);

/** A GUID, braces optional (GuidType). */
export const GUID = matching(
  'a GUID',
  /\{?[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}\}?/,
);

/** Two to four dot-separated numbers, e.g. 1.0.0.0 (VersionType). */
export const VERSION = matching('a version such as 1.0.0.0', /[0-9]+(\.[0-9]+){1,3}/);

/** A table or column schema name: 1 to 50 characters (EntityAttributeNameBaseType). */
export const SCHEMA_NAME = textOfLength(1, 50);
