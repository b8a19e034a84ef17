/** A piece of a list, with its offset in the whole text. */
export interface Piece {
  readonly text: string;
  readonly pos: number;
}

/**
 * Splits on `separator` where it is not inside parentheses, brackets or a quoted literal, so
 * `a($filter=contains(x,'a,b');$top=2),b` splits into two expand items.
 */
export function splitTopLevel(text: string, separator: ',' | ';'): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === separator && depth === 0) {
      pieces.push({ text: text.slice(start, i), pos: start });
      start = i + 1;
    }
  }
  pieces.push({ text: text.slice(start), pos: start });
  return pieces;
}
