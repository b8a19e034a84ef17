/**
 * A small XML tree for writing solution files the way Dataverse exports them (indentation, `<x />`, attribute
 * order as given) and for reading LeadLink's hand-maintained sources back.
 */
export interface XmlElement {
  readonly kind: 'element';
  readonly name: string;
  /** In document order. */
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly XmlNode[];
}

export interface XmlText {
  readonly kind: 'text';
  readonly text: string;
}

export interface XmlComment {
  readonly kind: 'comment';
  readonly text: string;
}

export type XmlNode = XmlElement | XmlText | XmlComment;

type AttributeValue = string | number | undefined;
type Child = XmlNode | string | number | undefined | false | readonly Child[];

/**
 * `el('cell', { name: 'fullname', width: 100 })`, `el('Mode', {}, 1)`. Undefined attributes and children are left
 * out; a string or number child is text; arrays are flattened.
 */
export function el(
  name: string,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: Child[]
): XmlElement {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => [key, String(value)] as const);
  return { kind: 'element', name, attributes: attrs, children: flatten(children) };
}

/** An element holding only text, e.g. `<Mode>1</Mode>`; an empty string renders `<Path></Path>`. */
export function textEl(name: string, text: string | number): XmlElement {
  return { kind: 'element', name, attributes: [], children: [{ kind: 'text', text: String(text) }] };
}

export function comment(text: string): XmlComment {
  return { kind: 'comment', text };
}

function flatten(children: readonly Child[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const child of children) {
    if (child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else if (typeof child === 'string' || typeof child === 'number') out.push({ kind: 'text', text: String(child) });
    else out.push(child as XmlNode);
  }
  return out;
}

/** The element children of an element, optionally only those with a name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => c.kind === 'element' && (name === undefined || c.name === name),
  );
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** The text of an element (its text children joined), or of its first child with that name. */
export function textOf(element: XmlElement | undefined, name?: string): string | undefined {
  const target = element && name !== undefined ? firstChild(element, name) : element;
  if (!target) return undefined;
  return target.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
}

export function attributeOf(element: XmlElement, name: string): string | undefined {
  return element.attributes.find(([key]) => key === name)?.[1];
}

/** Every element below (and including) `root` with that name, in document order. */
export function descendants(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    if (node.name === name) out.push(node);
    for (const child of childElements(node)) visit(child);
  };
  visit(root);
  return out;
}

/** A copy of an element with its children replaced. */
export function withChildren(element: XmlElement, children: readonly XmlNode[]): XmlElement {
  return { ...element, children };
}
