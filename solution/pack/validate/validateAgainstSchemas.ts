import { schemaPath, validateFetchXml, validateXmlAgainstXsd } from '../../../plugins/segments';
import { renderXml } from '../../xml/renderXml';
import { descendants, firstChild, textOf, type XmlElement } from '../../xml/XmlNode';
import { schemaView } from './schemaView';

/** customizations.xml against Microsoft's CustomizationsSolution.xsd (the libxml2-compatible copy). */
export async function customizationsSchemaProblems(customizations: XmlElement): Promise<string[]> {
  const result = await validateXmlAgainstXsd(
    renderXml(schemaView(customizations)),
    schemaPath('CustomizationsSolution.xsd'),
  );
  return result.errors.map((e) => `customizations.xml: ${e.replace(/^document\.xml:/, 'line ')}`);
}

/** Every view's FetchXML against Fetch.xsd, each named by its view. */
export async function fetchXmlProblems(customizations: XmlElement): Promise<string[]> {
  const problems: string[] = [];
  for (const view of descendants(customizations, 'savedquery')) {
    const fetch = firstChild(firstChild(view, 'fetchxml') ?? view, 'fetch');
    if (!fetch) continue;
    const name = viewName(view);
    const result = await validateFetchXml(renderXml(fetch));
    problems.push(...result.errors.map((e) => `view '${name}': FetchXML ${e.replace(/^document\.xml:/, 'line ')}`));
  }
  return problems;
}

export function viewName(view: XmlElement): string {
  const names = firstChild(view, 'LocalizedNames');
  const first = names ? firstChild(names, 'LocalizedName') : undefined;
  return first?.attributes.find(([k]) => k === 'description')?.[1] ?? textOf(view, 'savedqueryid') ?? '(unnamed)';
}
