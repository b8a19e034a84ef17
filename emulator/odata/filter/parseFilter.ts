import { CRM_NAMESPACE } from '../names';
import { queryFault } from '../queryFaults';
import type { CompareOp, Literal, OrderBySyntax, Syntax } from './ast';
import { COMPARE_OPS } from './ast';
import { tokenize } from './tokenize';
import type { Token, TokenKind } from './tokens';

/** Parses a $filter expression (or a parameter alias value) into a syntax tree. */
export function parseFilter(text: string): Syntax {
  const parser = new Parser(text);
  const expression = parser.expression();
  parser.expectEnd();
  return expression;
}

/** Parses a $orderby value: comma-separated property paths, each optionally followed by `asc` or `desc`. */
export function parseOrderBy(text: string): OrderBySyntax[] {
  const parser = new Parser(text);
  const keys: OrderBySyntax[] = [];
  for (;;) {
    keys.push(parser.orderKey());
    if (!parser.accept('comma')) break;
  }
  parser.expectEnd();
  return keys;
}

const INT32 = 2 ** 31;

/**
 * Recursive descent with ODataLib's precedence, lowest first: `or`, `and`, comparison (eq ne gt ge lt le), unary
 * `not`, primary. So `not` binds tighter than a comparison (`not contains(…)` is fine; `not a eq 1` negates `a`).
 */
class Parser {
  readonly #tokens: Token[];
  #index = 0;

  constructor(readonly text: string) {
    this.#tokens = tokenize(text);
  }

  get #current(): Token {
    return this.#tokens[this.#index] ?? { kind: 'end', text: '', pos: this.text.length };
  }

  #peek(offset: number): Token | undefined {
    return this.#tokens[this.#index + offset];
  }

  #next(): Token {
    const token = this.#current;
    if (token.kind !== 'end') this.#index++;
    return token;
  }

  accept(kind: TokenKind): boolean {
    if (this.#current.kind !== kind) return false;
    this.#index++;
    return true;
  }

  #isKeyword(word: string): boolean {
    return this.#current.kind === 'identifier' && this.#current.text === word;
  }

  expectEnd(): void {
    if (this.#current.kind !== 'end') throw queryFault.syntax(this.#current.pos, this.text);
  }

  expression(): Syntax {
    let left = this.#and();
    while (this.#isKeyword('or')) {
      const pos = this.#next().pos;
      left = { kind: 'logical', op: 'or', left, right: this.#and(), pos };
    }
    return left;
  }

  #and(): Syntax {
    let left = this.#comparison();
    while (this.#isKeyword('and')) {
      const pos = this.#next().pos;
      left = { kind: 'logical', op: 'and', left, right: this.#comparison(), pos };
    }
    return left;
  }

  #comparison(): Syntax {
    let left = this.#unary();
    while (this.#current.kind === 'identifier' && (COMPARE_OPS as readonly string[]).includes(this.#current.text)) {
      const token = this.#next();
      left = { kind: 'compare', op: token.text as CompareOp, left, right: this.#unary(), pos: token.pos };
    }
    return left;
  }

  #unary(): Syntax {
    // `not(expr)` parses the same way: the parentheses are the operand's grouping.
    if (this.#isKeyword('not') && this.#peek(1)?.kind !== 'slash') {
      const pos = this.#next().pos;
      return { kind: 'not', operand: this.#unary(), pos };
    }
    return this.#primary();
  }

  #primary(): Syntax {
    const token = this.#current;
    switch (token.kind) {
      case 'openParen': {
        this.#next();
        const inner = this.expression();
        if (!this.accept('closeParen')) throw queryFault.closeParenOrOperator(this.#current.pos, this.text);
        return inner;
      }
      case 'string':
        this.#next();
        return { kind: 'literal', literal: { kind: 'string', value: token.value ?? '' }, pos: token.pos };
      case 'number':
      case 'guid':
      case 'datetime':
      case 'date':
        this.#next();
        return { kind: 'literal', literal: literalOf(token, this.text), pos: token.pos };
      case 'alias':
        this.#next();
        return { kind: 'alias', name: token.text, pos: token.pos };
      case 'array':
        this.#next();
        return { kind: 'array', items: token.items ?? [], pos: token.pos };
      case 'identifier':
        return this.#identifier();
      default:
        throw queryFault.expressionExpected(token.pos, this.text);
    }
  }

  #identifier(): Syntax {
    const token = this.#next();
    const following = this.#current.kind;
    if (following !== 'openParen' && following !== 'slash') {
      if (token.text === 'null') return { kind: 'literal', literal: { kind: 'null' }, pos: token.pos };
      if (token.text === 'true' || token.text === 'false') {
        return { kind: 'literal', literal: { kind: 'boolean', value: token.text === 'true' }, pos: token.pos };
      }
    }
    if (following === 'openParen') return this.#call(token);
    return this.#path(token);
  }

  #path(first: Token): Syntax {
    const segments = [first.text];
    while (this.accept('slash')) {
      const segment = this.#current;
      if (segment.kind !== 'identifier') throw queryFault.syntax(segment.pos, this.text);
      this.#next();
      if ((segment.text === 'any' || segment.text === 'all') && this.#current.kind === 'openParen') {
        return this.#lambda(segments, segment);
      }
      segments.push(segment.text);
    }
    return { kind: 'path', segments, pos: first.pos };
  }

  #lambda(source: readonly string[], opToken: Token): Syntax {
    const op = opToken.text as 'any' | 'all';
    this.#next(); // (
    if (this.accept('closeParen')) {
      if (op === 'all') throw queryFault.expressionExpected(this.#current.pos, this.text);
      return { kind: 'lambda', source, op, pos: opToken.pos };
    }
    const variable = this.#current;
    if (variable.kind !== 'identifier' || variable.text.includes('.')) throw queryFault.syntax(variable.pos, this.text);
    this.#next();
    if (!this.accept('colon')) throw queryFault.expected(':', this.#current.pos, this.text);
    const body = this.expression();
    if (!this.accept('closeParen')) throw queryFault.closeParenOrOperator(this.#current.pos, this.text);
    return { kind: 'lambda', source, op, variable: variable.text, body, pos: opToken.pos };
  }

  #call(name: Token): Syntax {
    this.#next(); // (
    if (name.text.startsWith(`${CRM_NAMESPACE}.`)) return this.#crmCall(name);
    const args: Syntax[] = [];
    if (!this.accept('closeParen')) {
      for (;;) {
        args.push(this.expression());
        if (this.accept('closeParen')) break;
        if (!this.accept('comma')) throw queryFault.closeParenOrComma(this.#current.pos, this.text);
      }
    }
    return { kind: 'call', name: name.text, args, pos: name.pos };
  }

  /** `Microsoft.Dynamics.CRM.In(PropertyName='x',PropertyValues=[…])`: named parameters. */
  #crmCall(name: Token): Syntax {
    const params = new Map<string, Syntax>();
    if (!this.accept('closeParen')) {
      for (;;) {
        const param = this.#current;
        if (param.kind !== 'identifier') throw queryFault.syntax(param.pos, this.text);
        this.#next();
        if (!this.accept('equals')) throw queryFault.expected('=', this.#current.pos, this.text);
        params.set(param.text, this.expression());
        if (this.accept('closeParen')) break;
        if (!this.accept('comma')) throw queryFault.closeParenOrComma(this.#current.pos, this.text);
      }
    }
    return { kind: 'crmCall', name: name.text, params, pos: name.pos };
  }

  orderKey(): OrderBySyntax {
    const first = this.#current;
    if (first.kind !== 'identifier') throw queryFault.expressionExpected(first.pos, this.text);
    this.#next();
    const path = [first.text];
    while (this.accept('slash')) {
      const segment = this.#current;
      if (segment.kind !== 'identifier') throw queryFault.syntax(segment.pos, this.text);
      this.#next();
      path.push(segment.text);
    }
    let descending = false;
    if (this.#isKeyword('asc') || this.#isKeyword('desc')) descending = this.#next().text === 'desc';
    return { path, descending, pos: first.pos };
  }
}

function literalOf(token: Token, text: string): Literal {
  switch (token.kind) {
    case 'guid':
      return { kind: 'guid', value: token.text.toLowerCase() };
    case 'datetime':
    case 'date': {
      const value = Date.parse(token.kind === 'date' ? `${token.text}T00:00:00Z` : token.text);
      if (Number.isNaN(value)) throw queryFault.syntax(token.pos, text);
      return { kind: token.kind, value, text: token.text };
    }
    default:
      return numberLiteral(token, text);
  }
}

function numberLiteral(token: Token, text: string): Literal {
  const suffix = /[mMdDfFlL]$/.exec(token.text)?.[0]?.toLowerCase();
  const digits = suffix ? token.text.slice(0, -1) : token.text;
  const value = Number(digits);
  if (!Number.isFinite(value)) throw queryFault.syntax(token.pos, text);
  const integral = /^-?\d+$/.test(digits);
  if (suffix === 'd' || suffix === 'f' || /[eE]/.test(digits)) return { kind: 'number', value, edm: 'Edm.Double' };
  if (suffix === 'm' || !integral) return { kind: 'number', value, edm: 'Edm.Decimal' };
  if (suffix === 'l' || value >= INT32 || value < -INT32) return { kind: 'number', value, edm: 'Edm.Int64' };
  return { kind: 'number', value, edm: 'Edm.Int32' };
}
