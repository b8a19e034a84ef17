import type { XmlElement, XmlNode } from '../../../solution/xml/XmlNode';

/** One small change to a good document, named so a disagreement can be read. */
export interface Mutation {
  readonly what: string;
  readonly document: XmlElement;
}

/** Values that tell the kinds of XML Schema text apart: empty, a word, signs, decimals, spaces, too long. */
const ODD_VALUES = ['', 'x', '-1', '0', '1.5', ' 1 ', 'x'.repeat(51)];

type Step = number;

function elementsOf(element: XmlElement): [XmlElement, Step][] {
  return element.children.flatMap((c, i): [XmlElement, Step][] => (c.kind === 'element' ? [[c, i]] : []));
}

/** The document with the element at `path` (child indexes from the root) replaced by `change(element)`. */
function changeAt(root: XmlElement, path: readonly Step[], change: (e: XmlElement) => XmlNode[]): XmlElement {
  const [step, ...rest] = path;
  if (step === undefined) throw new Error('changeAt needs a path below the root');
  const children = root.children.flatMap((child, i): XmlNode[] => {
    if (i !== step) return [child];
    if (child.kind !== 'element') throw new Error('the path leads to a non-element');
    return rest.length === 0 ? change(child) : [changeAt(child, rest, change)];
  });
  return { ...root, children };
}

function withChildren(e: XmlElement, children: XmlNode[]): XmlElement {
  return { ...e, children };
}

/**
 * One of each kind of change at each distinct place of the document (a place is its path of element names): remove,
 * duplicate, swap with the next sibling, add an unknown child or attribute, remove each attribute, give each attribute
 * and each text element odd values. `skip` leaves out places (by element name) the comparison cannot judge.
 */
export function mutationsOf(root: XmlElement, skip: ReadonlySet<string> = new Set()): Mutation[] {
  const out: Mutation[] = [];
  const seen = new Set<string>();
  const once = (key: string, make: () => Mutation) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(make());
  };
  const visit = (element: XmlElement, path: Step[], names: string) => {
    const here = names;
    const at = (change: (e: XmlElement) => XmlNode[]) => changeAt(root, path, change);
    const isRoot = path.length === 0;
    const onRoot = (change: (e: XmlElement) => XmlElement) => (isRoot ? change(root) : at((e) => [change(e)]));
    if (!isRoot) {
      once(`${here} remove`, () => ({ what: `remove ${here}`, document: at(() => []) }));
      once(`${here} duplicate`, () => ({ what: `duplicate ${here}`, document: at((e) => [e, e]) }));
    }
    once(`${here} add-child`, () => ({
      what: `add an unknown child to ${here}`,
      document: onRoot((e) =>
        withChildren(e, [...e.children, { kind: 'element', name: 'LeadLinkUnknown', attributes: [], children: [] }]),
      ),
    }));
    once(`${here} add-attribute`, () => ({
      what: `add an unknown attribute to ${here}`,
      document: onRoot((e) => ({ ...e, attributes: [...e.attributes, ['leadlinkUnknown', '1']] })),
    }));
    for (const [name] of element.attributes) {
      if (name.startsWith('xmlns')) continue;
      once(`${here} @${name} remove`, () => ({
        what: `remove ${here}/@${name}`,
        document: onRoot((e) => ({ ...e, attributes: e.attributes.filter(([k]) => k !== name) })),
      }));
      for (const value of ODD_VALUES) {
        once(`${here} @${name}=${value}`, () => ({
          what: `${here}/@${name}="${value}"`,
          document: onRoot((e) => ({
            ...e,
            attributes: e.attributes.map(([k, v]) => [k, k === name ? value : v] as const),
          })),
        }));
      }
    }
    const children = elementsOf(element);
    if (children.length === 0 && !isRoot) {
      for (const value of ODD_VALUES) {
        once(`${here} text=${value}`, () => ({
          what: `${here} text "${value}"`,
          document: at((e) => [withChildren(e, value === '' ? [] : [{ kind: 'text', text: value }])]),
        }));
      }
    }
    children.forEach(([child, step], index) => {
      if (skip.has(child.name)) return;
      const next = children[index + 1];
      if (next && next[0].name !== child.name && !skip.has(next[0].name)) {
        once(`${here}/${child.name} swap ${next[0].name}`, () => ({
          what: `swap ${here}/${child.name} with the ${next[0].name} after it`,
          document: onRoot((e) =>
            withChildren(
              e,
              e.children.map((c, i) => (i === step ? next[0] : i === next[1] ? child : c)),
            ),
          ),
        }));
      }
      visit(child, [...path, step], `${here}/${child.name}`);
    });
  };
  visit(root, [], root.name);
  return out;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The document as one line of XML, mixed content allowed (a mutation may put an element beside text). */
export function serialize(node: XmlNode): string {
  if (node.kind === 'text') return escape(node.text);
  if (node.kind === 'comment') return '';
  const attributes = node.attributes.map(([k, v]) => ` ${k}="${escape(v).replace(/"/g, '&quot;')}"`).join('');
  return `<${node.name}${attributes}>${node.children.map(serialize).join('')}</${node.name}>`;
}
