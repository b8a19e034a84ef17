/**
 * Finds where text stops being JSON (RFC 8259) and says what was expected there. Node 20's JSON.parse does not always
 * give a position ("Unexpected token '}', … is not valid JSON"), and an admin editing an environment variable needs one.
 */
export interface JsonSyntaxProblem {
  /** 0-based offset into the text. */
  readonly position: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly expected: string;
}

export function locateJsonError(text: string): JsonSyntaxProblem | undefined {
  const scanner = new JsonScanner(text);
  const found = scanner.document();
  if (found === undefined) return undefined;
  const before = text.slice(0, found.position);
  const lastBreak = before.lastIndexOf('\n');
  return {
    position: found.position,
    line: before.split('\n').length,
    column: found.position - lastBreak,
    expected: found.expected,
  };
}

interface Found {
  readonly position: number;
  readonly expected: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

/** A recursive-descent reader that stops at the first error; each method returns the error or undefined. */
class JsonScanner {
  #pos = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  document(): Found | undefined {
    const problem = this.#value();
    if (problem !== undefined) return problem;
    this.#skipSpace();
    return this.#pos < this.#text.length ? this.#fail('the end of the text after the JSON value') : undefined;
  }

  #value(): Found | undefined {
    this.#skipSpace();
    const char = this.#text[this.#pos];
    if (char === '{') return this.#object();
    if (char === '[') return this.#array();
    if (char === '"') return this.#string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.#number();
    for (const literal of ['true', 'false', 'null']) {
      if (this.#text.startsWith(literal, this.#pos)) {
        this.#pos += literal.length;
        return undefined;
      }
    }
    return this.#fail('a value (an object, list, text in double quotes, number, true, false or null)');
  }

  #object(): Found | undefined {
    this.#pos++;
    this.#skipSpace();
    if (this.#text[this.#pos] === '}') {
      this.#pos++;
      return undefined;
    }
    for (;;) {
      this.#skipSpace();
      if (this.#text[this.#pos] !== '"') return this.#fail('a property name in double quotes');
      const name = this.#string();
      if (name !== undefined) return name;
      this.#skipSpace();
      if (this.#text[this.#pos] !== ':') return this.#fail("':' after the property name");
      this.#pos++;
      const value = this.#value();
      if (value !== undefined) return value;
      this.#skipSpace();
      const next = this.#text[this.#pos];
      this.#pos++;
      if (next === '}') return undefined;
      if (next !== ',') return this.#fail("',' or '}'", this.#pos - 1);
    }
  }

  #array(): Found | undefined {
    this.#pos++;
    this.#skipSpace();
    if (this.#text[this.#pos] === ']') {
      this.#pos++;
      return undefined;
    }
    for (;;) {
      const value = this.#value();
      if (value !== undefined) return value;
      this.#skipSpace();
      const next = this.#text[this.#pos];
      this.#pos++;
      if (next === ']') return undefined;
      if (next !== ',') return this.#fail("',' or ']'", this.#pos - 1);
    }
  }

  #string(): Found | undefined {
    const start = this.#pos;
    this.#pos++;
    for (;;) {
      const char = this.#text[this.#pos];
      if (char === undefined) return this.#fail('a closing double quote for the text that starts here', start);
      if (char === '"') {
        this.#pos++;
        return undefined;
      }
      if (char < ' ') return this.#fail('no line break or control character inside a text (write \\n instead)');
      if (char === '\\') {
        const escape = this.#text[this.#pos + 1];
        if (escape === undefined || !ESCAPES.includes(escape)) return this.#fail('a valid escape such as \\" or \\n');
        if (escape === 'u' && !/^[0-9a-fA-F]{4}$/.test(this.#text.slice(this.#pos + 2, this.#pos + 6))) {
          return this.#fail('four hex digits after \\u');
        }
        this.#pos += escape === 'u' ? 6 : 2;
        continue;
      }
      this.#pos++;
    }
  }

  #number(): Found | undefined {
    NUMBER.lastIndex = this.#pos;
    const match = NUMBER.exec(this.#text);
    if (match === null) return this.#fail('a number');
    this.#pos += match[0].length;
    return undefined;
  }

  #skipSpace(): void {
    while (/[ \t\n\r]/.test(this.#text[this.#pos] ?? '')) this.#pos++;
  }

  #fail(expected: string, position = this.#pos): Found {
    return { position, expected: position >= this.#text.length ? `${expected}, but the text ends` : expected };
  }
}
