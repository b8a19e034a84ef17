/**
 * Which instance annotations a response carries, from `odata.include-annotations`: a comma-separated list of
 * names, `Namespace.*` wildcards, `*` for all, and `-pattern` to exclude. As in OData, the most specific matching
 * pattern decides, and an exclusion wins a tie (OData 4.0 Part 1, 8.2.8.4). Iterating yields the patterns, so
 * the FetchXML engine, which takes the Prefer terms, accepts the same object.
 */
export class AnnotationFilter implements Iterable<string> {
  static readonly none = new AnnotationFilter([]);
  static readonly all = new AnnotationFilter(['*']);

  readonly #include: string[] = [];
  readonly #exclude: string[] = [];

  constructor(patterns: Iterable<string>) {
    for (const raw of patterns) {
      const pattern = raw.trim();
      if (pattern.startsWith('-')) this.#exclude.push(pattern.slice(1));
      else if (pattern) this.#include.push(pattern);
    }
  }

  includes(name: string): boolean {
    const include = best(this.#include, name);
    return include >= 0 && include > best(this.#exclude, name);
  }

  get isEmpty(): boolean {
    return this.#include.length === 0;
  }

  *[Symbol.iterator](): Iterator<string> {
    yield* this.#include;
    for (const pattern of this.#exclude) yield `-${pattern}`;
  }
}

/** What callers may pass: a filter, `'*'`, or the annotation names/patterns. */
export type AnnotationSpec = AnnotationFilter | '*' | ReadonlySet<string> | readonly string[];

export function toAnnotationFilter(spec: AnnotationSpec): AnnotationFilter {
  if (spec instanceof AnnotationFilter) return spec;
  return spec === '*' ? AnnotationFilter.all : new AnnotationFilter(spec);
}

function best(patterns: readonly string[], name: string): number {
  let score = -1;
  for (const pattern of patterns) score = Math.max(score, specificity(pattern, name));
  return score;
}

function specificity(pattern: string, name: string): number {
  if (pattern === '*') return 0;
  if (pattern.endsWith('.*')) return name.startsWith(pattern.slice(0, -1)) ? pattern.length : -1;
  return pattern === name ? 10_000 : -1;
}
