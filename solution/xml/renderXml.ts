import type { XmlElement, XmlNode } from './XmlNode';

/** `\uFEFF<?xml version="1.0" encoding="utf-8"?>`: how Dataverse and SolutionPackager start their XML files. */
export const XML_DECLARATION = '\uFEFF<?xml version="1.0" encoding="utf-8"?>';

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * Writes an element the way Dataverse's exports look: two-space indentation, one element per line, `<x />` for an
 * empty element, `<x></x>` for empty text, attributes in the order given. Mixed content (text beside elements) is
 * not used in solution files and is refused.
 */
export function renderXml(root: XmlElement, indent = 0): string {
  return render(root, indent).join('\n');
}

export interface DocumentOptions {
  readonly declaration: boolean;
  readonly finalNewline?: boolean;
  /** `\r\n` in zips, as Dataverse and pac write them; `\n` (the default) in files kept in git. */
  readonly newline?: '\n' | '\r\n';
}

/** A whole document: the declaration (with BOM) or not, then the root element, then a final newline if asked. */
export function renderDocument(root: XmlElement, options: DocumentOptions): string {
  const newline = options.newline ?? '\n';
  const body = render(root, 0).join(newline);
  return `${options.declaration ? `${XML_DECLARATION}${newline}` : ''}${body}${options.finalNewline ? newline : ''}`;
}

/**
 * Line ending of files inside a solution zip: the exports and pac-built zips in microsoft/PowerApps-Samples (e.g.
 * component-framework/CodeInterpreterControl/solutions/) all use CRLF.
 */
export const ZIP_NEWLINE = '\r\n';

function render(node: XmlElement, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const attributes = node.attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
  const elements = node.children.filter((c) => c.kind !== 'text');
  const texts = node.children.filter((c) => c.kind === 'text');
  if (node.children.length === 0) return [`${pad}<${node.name}${attributes} />`];
  if (elements.length === 0) {
    const text = texts.map((t) => (t.kind === 'text' ? t.text : '')).join('');
    return [`${pad}<${node.name}${attributes}>${escapeText(text)}</${node.name}>`];
  }
  if (texts.some((t) => t.kind === 'text' && t.text.trim() !== '')) {
    throw new Error(`<${node.name}> mixes text and elements, which solution files never do.`);
  }
  const lines = [`${pad}<${node.name}${attributes}>`];
  for (const child of elements) lines.push(...renderChild(child, depth + 1));
  lines.push(`${pad}</${node.name}>`);
  return lines;
}

function renderChild(node: XmlNode, depth: number): string[] {
  if (node.kind === 'element') return render(node, depth);
  if (node.kind === 'comment') return [`${'  '.repeat(depth)}<!--${node.text}-->`];
  return [];
}
