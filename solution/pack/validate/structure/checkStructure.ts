import type { XmlElement } from '../../../xml/XmlNode';
import { type ElementRule, type Particle, ruleOf } from './rules';

/** Attributes that name an element in a message, first found wins. */
const NAMING_ATTRIBUTES = [
  'Name',
  'name',
  'PhysicalName',
  'SdkMessageProcessingStepId',
  'ServiceEndpointId',
  'id',
  'attribute',
  'value',
];

/**
 * Every way `element` breaks `rule`, each naming where: unknown, missing, repeated or misplaced elements, missing or
 * unknown attributes, and values that are not allowed. An empty list means the element and everything in it fit.
 */
export function structureProblems(element: XmlElement, rule: ElementRule, where = label(element)): string[] {
  return [...attributeProblems(element, rule, where), ...contentProblems(element, rule, where)];
}

/** Child elements whose text names their parent (`<Entity><Name>lead</Name>`), where no attribute does. */
const NAMING_CHILDREN = ['Name', 'LogicalName', 'savedqueryid'];

function label(element: XmlElement): string {
  for (const key of NAMING_ATTRIBUTES) {
    const value = element.attributes.find(([name]) => name === key)?.[1];
    if (value !== undefined) return `<${element.name} ${key}="${value}">`;
  }
  for (const key of NAMING_CHILDREN) {
    const child = element.children.find((c): c is XmlElement => c.kind === 'element' && c.name === key);
    const value = child?.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
    if (value) return `<${element.name}> (${key} ${value})`;
  }
  return `<${element.name}>`;
}

function attributeProblems(element: XmlElement, rule: ElementRule, where: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of element.attributes) {
    // Namespace declarations and xsi: attributes belong to XML and XML Schema themselves, not to any element.
    if (name.startsWith('xmlns') || name.startsWith('xsi:')) continue;
    const attribute = rule.attributes[name];
    if (!attribute) problems.push(`${where}: attribute ${name} is not allowed${allowedAttributes(rule)}`);
    else if (!attribute.value.accepts(value))
      problems.push(`${where}: attribute ${name}="${value}" must be ${attribute.value.expected}`);
  }
  for (const [name, attribute] of Object.entries(rule.attributes)) {
    if (attribute.required && !element.attributes.some(([key]) => key === name))
      problems.push(`${where}: attribute ${name} is missing`);
  }
  return problems;
}

function allowedAttributes(rule: ElementRule): string {
  const names = Object.keys(rule.attributes);
  return names.length === 0 ? ' (it has none)' : ` (allowed: ${names.join(', ')})`;
}

function contentProblems(element: XmlElement, rule: ElementRule, where: string): string[] {
  const elements = element.children.filter((c): c is XmlElement => c.kind === 'element');
  const text = element.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
  const content = rule.content;
  if (content.kind === 'empty') {
    if (elements.length > 0) return [`${where}: must be empty, but holds <${elements[0]?.name}>`];
    return text.trim() === '' ? [] : [`${where}: must be empty, but holds text`];
  }
  if (content.kind === 'text') {
    if (elements.length > 0) return [`${where}: must hold only text, but holds <${elements[0]?.name}>`];
    return content.value.accepts(text) ? [] : [`${where}: '${text}' must be ${content.value.expected}`];
  }
  const problems = text.trim() === '' ? [] : [`${where}: must hold only elements, but holds text`];
  const particles = new Map(content.particles.map((p, index) => [p.name, { particle: p, index }]));
  const counts = new Map<string, number>();
  let furthest: { name: string; index: number } | undefined;
  for (const child of elements) {
    const childWhere = `${where}/${label(child)}`;
    const found = particles.get(child.name);
    if (!found) {
      problems.push(`${where}: <${child.name}> is not allowed here (allowed: ${[...particles.keys()].join(', ')})`);
      continue;
    }
    counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
    if (content.kind === 'sequence') {
      if (furthest && found.index < furthest.index)
        problems.push(`${where}: <${child.name}> must come before <${furthest.name}>`);
      else furthest = { name: child.name, index: found.index };
    }
    problems.push(...structureProblems(child, ruleOf(found.particle), childWhere));
  }
  // A repeated choice bounds the choice as a whole, not each element in it.
  if (content.kind === 'choice') return problems;
  for (const particle of content.particles)
    problems.push(...countProblem(particle, counts.get(particle.name) ?? 0, where));
  return problems;
}

function countProblem(particle: Particle, count: number, where: string): string[] {
  if (count < particle.min)
    return [`${where}: <${particle.name}> is missing${particle.min > 1 ? ` (at least ${particle.min} needed)` : ''}`];
  if (count > particle.max)
    return [`${where}: <${particle.name}> appears ${count} times, at most ${particle.max} allowed`];
  return [];
}
