/** A string the app will not pass on, and where it is. */
export interface TextProblem {
  readonly path: string;
  readonly message: string;
}

/** Reported per request at most; the count of the rest is added. */
export const MAX_REPORTED_PROBLEMS = 10;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// The embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069) of Unicode's bidirectional algorithm
// (https://www.unicode.org/reports/tr9/): they reorder what follows on screen, so a name or address could show as
// something else to the salesperson reading it (CVE-2021-42574, "Trojan Source").
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Every string (property names too) of a parsed JSON value that holds a NUL, a lone surrogate (UTF-16 that is no
 * text: "\ud800" in JSON) or, when `bidi` is on, a bidirectional control character. Walks iteratively; the caller
 * has already bounded the depth. Messages name the character by code point, never quote the text.
 */
export function findTextProblems(root: unknown, options: { readonly bidi: boolean }): TextProblem[] {
  const problems: TextProblem[] = [];
  // Each entry may carry the property name it was found under, checked when its turn comes: document order.
  const stack: { value: unknown; path: string; parent?: string; key?: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path, parent, key } = stack.pop() as (typeof stack)[number];
    const keyMessage = key === undefined ? undefined : problemOf(key, options.bidi);
    if (keyMessage) problems.push({ path: parent || '(body)', message: `a property name ${keyMessage}` });
    if (typeof value === 'string') {
      const message = problemOf(value, options.bidi);
      if (message) problems.push({ path: path || '(body)', message });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [name, child] = entries[i] as [string, unknown];
        stack.push({ value: child, path: `${path}${segment(name, path === '')}`, parent: path, key: name });
      }
    }
  }
  return problems;
}

function problemOf(text: string, bidi: boolean): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not text';
  const control = bidi ? BIDI_CONTROL.exec(text)?.[0] : undefined;
  if (control !== undefined) return `contains the bidirectional control character ${codePoint(control)}; remove it`;
  return undefined;
}

/** `.name` (`name` first) for a plain property name, else the name as a JSON string cut to 40 characters. */
function segment(key: string, first: boolean): string {
  if (/^[A-Za-z_$][\w$-]{0,63}$/.test(key)) return first ? key : `.${key}`;
  const shown = JSON.stringify(key.slice(0, 40)).replace(/[\u202A-\u202E\u2066-\u2069]/g, (c) => codePoint(c));
  return `[${shown}]`;
}

function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
