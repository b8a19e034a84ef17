import { queryFault } from '../queryFaults';
import { readJsonArray } from './jsonArray';
import type { Token, TokenKind } from './tokens';

const PATTERNS: readonly [TokenKind, RegExp][] = [
  ['datetime', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})(?![\w:.-])/y],
  ['guid', /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/y],
  ['date', /\d{4}-\d{2}-\d{2}(?![\w:.-])/y],
  ['number', /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[mMdDfFlL]?(?![\w.])/y],
  ['identifier', /[A-Za-z_$][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y],
  ['alias', /@[A-Za-z_][A-Za-z0-9_]*/y],
];

const PUNCTUATION: Readonly<Record<string, TokenKind>> = {
  '(': 'openParen',
  ')': 'closeParen',
  ',': 'comma',
  '/': 'slash',
  ':': 'colon',
  '=': 'equals',
};

/** Splits an expression into tokens; the last token is always `end`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos] ?? '';
    if (/\s/.test(ch)) {
      pos++;
      continue;
    }
    if (ch === "'") {
      const token = readString(text, pos);
      tokens.push(token);
      pos += token.text.length;
      continue;
    }
    if (ch === '[') {
      const { items, end } = readJsonArray(text, pos);
      tokens.push({ kind: 'array', text: text.slice(pos, end), pos, items });
      pos = end;
      continue;
    }
    const punctuation = PUNCTUATION[ch];
    if (punctuation) {
      tokens.push({ kind: punctuation, text: ch, pos });
      pos++;
      continue;
    }
    const token = matchPattern(text, pos);
    if (!token) throw queryFault.invalidCharacter(ch, pos, text);
    tokens.push(token);
    pos += token.text.length;
  }
  tokens.push({ kind: 'end', text: '', pos: text.length });
  return tokens;
}

function matchPattern(text: string, pos: number): Token | undefined {
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = pos;
    const match = pattern.exec(text);
    if (match) return { kind, text: match[0], pos };
  }
  return undefined;
}

/** A single-quoted literal; a doubled quote stands for one quote (`'O''Brien'`). */
function readString(text: string, start: number): Token {
  let value = '';
  let pos = start + 1;
  for (;;) {
    if (pos >= text.length) throw queryFault.unterminatedLiteral(text.length, text);
    const ch = text[pos];
    if (ch === "'") {
      if (text[pos + 1] === "'") {
        value += "'";
        pos += 2;
        continue;
      }
      return { kind: 'string', text: text.slice(start, pos + 1), pos: start, value };
    }
    value += ch;
    pos++;
  }
}
