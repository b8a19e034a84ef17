// LeadLink's own structural checks of the XML it writes: they always run, with or without Microsoft's XSDs.
import type { XmlElement } from '../../../xml/XmlNode';
import { structureProblems } from './checkStructure';
import { CUSTOMIZATIONS } from './customizationsRules';
import { FETCH } from './fetchXmlRules';
import type { ElementRule } from './rules';

function rootProblems(root: XmlElement, name: string, rule: ElementRule, file: string): string[] {
  if (root.name !== name) return [`${file}: the root element must be <${name}>, not <${root.name}>`];
  return structureProblems(root, rule).map((problem) => `${file}: ${problem}`);
}

/** customizations.xml against the rules of what LeadLink writes in it. */
export function customizationsStructureProblems(customizations: XmlElement): string[] {
  return rootProblems(customizations, 'ImportExportXml', CUSTOMIZATIONS, 'customizations.xml');
}

/** One FetchXML query (`<fetch>`) against the rules of FetchXML. */
export function fetchXmlStructureProblems(fetch: XmlElement, where = 'FetchXML'): string[] {
  return rootProblems(fetch, 'fetch', FETCH, where);
}
