import { queryFault } from '../queryFaults';

export type ArrayItem = string | number | boolean | null;

const ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  '/': '/',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/**
 * Reads a collection value such as `PropertyValues=["a","O'Brien"]` the way ODataLib's JSON reader does: strings in
 * double or single quotes, numbers, true/false/null. Because a single-quoted string ends at the next quote,
 * `['O'Brien']` fails with the documented error "Invalid JSON. A comma character ',' was expected in scope 'Array'.
 * …" (filter-rows.md, "Manage single quotes"). Reads from `start`; `end` is the offset just past the `]`.
 */
export function readJsonArray(text: string, start: number): { items: ArrayItem[]; end: number } {
  const reader = new Reader(text, start);
  reader.expect('[');
  const items: ArrayItem[] = [];
  reader.skipSpace();
  if (reader.peek() === ']') {
    reader.advance();
    return { items, end: reader.pos };
  }
  for (;;) {
    items.push(reader.value());
    reader.skipSpace();
    const next = reader.peek();
    if (next === ']') {
      reader.advance();
      return { items, end: reader.pos };
    }
    if (next === undefined) throw endOfInput();
    if (next !== ',') {
      throw queryFault.invalidJson(
        "A comma character ',' was expected in scope 'Array'. Every two elements in an array and properties of an object must be separated by commas.",
      );
    }
    reader.advance();
  }
}

function endOfInput() {
  return queryFault.invalidJson(
    'Unexpected end of input was found in JSON content. Not all object and array scopes were closed.',
  );
}

class Reader {
  #pos: number;

  constructor(
    readonly text: string,
    start: number,
  ) {
    this.#pos = start;
  }

  get pos(): number {
    return this.#pos;
  }

  peek(): string | undefined {
    return this.text[this.#pos];
  }

  advance(): void {
    this.#pos++;
  }

  skipSpace(): void {
    while (/\s/.test(this.peek() ?? '')) this.#pos++;
  }

  expect(ch: string): void {
    this.skipSpace();
    if (this.peek() !== ch) throw queryFault.invalidJson(`'${ch}' was expected at position ${this.#pos}.`);
    this.#pos++;
  }

  value(): ArrayItem {
    this.skipSpace();
    const ch = this.peek();
    if (ch === undefined) throw endOfInput();
    if (ch === '"' || ch === "'") return this.string(ch);
    const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.#pos));
    if (!literal) {
      throw queryFault.invalidJson(
        `Unexpected token '${ch}' at position ${this.#pos}: only strings, numbers, true, false and null are allowed.`,
      );
    }
    this.#pos += literal[0].length;
    if (literal[0] === 'true') return true;
    if (literal[0] === 'false') return false;
    if (literal[0] === 'null') return null;
    return Number(literal[0]);
  }

  string(quote: string): string {
    this.#pos++;
    let value = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw endOfInput();
      this.#pos++;
      if (ch === quote) return value;
      if (ch !== '\\') {
        value += ch;
        continue;
      }
      const escaped = this.peek();
      this.#pos++;
      if (escaped === 'u') {
        const hex = this.text.slice(this.#pos, this.#pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw queryFault.invalidJson(`Invalid \\u escape '\\u${hex}' in a string.`);
        value += String.fromCharCode(parseInt(hex, 16));
        this.#pos += 4;
      } else if (escaped !== undefined && ESCAPES[escaped] !== undefined) value += ESCAPES[escaped];
      else throw queryFault.invalidJson(`Invalid escape sequence '\\${escaped ?? ''}' in a string.`);
    }
  }
}
