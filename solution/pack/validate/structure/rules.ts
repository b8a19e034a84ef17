/**
 * A small language for the structure of the XML LeadLink writes: which elements go where, in which order, how often,
 * with which attributes and which values. It says what Microsoft's XSDs say about the same elements (element order,
 * required elements and attributes, allowed values), so that `pack` checks every solution without them.
 */
import { type ValueRule } from './values';

export interface AttributeRule {
  readonly required: boolean;
  readonly value: ValueRule;
}

/** One child element's place in its parent: its rule and how many times it may appear. */
export interface Particle {
  readonly name: string;
  /** A function where rules refer to themselves (a filter in a filter). */
  readonly rule: ElementRule | (() => ElementRule);
  readonly min: number;
  readonly max: number;
}

export type Content =
  /** No children, no text. */
  | { readonly kind: 'empty' }
  /** Only text, checked by a value rule. */
  | { readonly kind: 'text'; readonly value: ValueRule }
  /** Elements in this order (xs:sequence). */
  | { readonly kind: 'sequence'; readonly particles: readonly Particle[] }
  /** Elements in any order, each within its count (xs:all). */
  | { readonly kind: 'all'; readonly particles: readonly Particle[] }
  /** Any number of these elements in any order (a repeated xs:choice). */
  | { readonly kind: 'choice'; readonly particles: readonly Particle[] };

export interface ElementRule {
  readonly attributes: Readonly<Record<string, AttributeRule>>;
  readonly content: Content;
}

type Attributes = Readonly<Record<string, AttributeRule>>;

export const required = (value: ValueRule): AttributeRule => ({ required: true, value });
export const optional = (value: ValueRule): AttributeRule => ({ required: false, value });

/** An element holding only text. */
export const text = (value: ValueRule, attributes: Attributes = {}): ElementRule => ({
  attributes,
  content: { kind: 'text', value },
});

/** An element with attributes only. */
export const empty = (attributes: Attributes = {}): ElementRule => ({ attributes, content: { kind: 'empty' } });

export const sequence = (particles: readonly Particle[], attributes: Attributes = {}): ElementRule => ({
  attributes,
  content: { kind: 'sequence', particles },
});

export const all = (particles: readonly Particle[], attributes: Attributes = {}): ElementRule => ({
  attributes,
  content: { kind: 'all', particles },
});

export const choice = (particles: readonly Particle[], attributes: Attributes = {}): ElementRule => ({
  attributes,
  content: { kind: 'choice', particles },
});

/** Exactly once. */
export const one = (name: string, rule: Particle['rule']): Particle => ({ name, rule, min: 1, max: 1 });
/** At most once. */
export const maybe = (name: string, rule: Particle['rule']): Particle => ({ name, rule, min: 0, max: 1 });
/** From `min` to `max` times. */
export const many = (name: string, rule: Particle['rule'], min = 0, max = Infinity): Particle => ({
  name,
  rule,
  min,
  max,
});

/** The same element rule for several names, each at most once (the many 0/1 flags of a table or column). */
export function maybeEach(names: readonly string[], rule: ElementRule): Particle[] {
  return names.map((name) => maybe(name, rule));
}

export function ruleOf(particle: Particle): ElementRule {
  return typeof particle.rule === 'function' ? particle.rule() : particle.rule;
}
