import type { ArrayItem } from './jsonArray';

/** The tokens of a $filter / $orderby expression. */
export type TokenKind =
  | 'identifier'
  | 'string'
  | 'number'
  | 'guid'
  | 'datetime'
  | 'date'
  | 'alias'
  | 'array'
  | 'openParen'
  | 'closeParen'
  | 'comma'
  | 'slash'
  | 'colon'
  | 'equals'
  | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** The source text of the token. */
  readonly text: string;
  /** 0-based offset in the expression. */
  readonly pos: number;
  /** For strings: the value with doubled quotes undone. */
  readonly value?: string;
  /** For arrays (`['a','b']`, `["O'Brien"]`): the values, read as ODataLib reads JSON. */
  readonly items?: readonly ArrayItem[];
}
