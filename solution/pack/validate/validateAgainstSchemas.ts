import { schemaPath, validateXmlAgainstXsd } from '../../../plugins/segments';
import { renderXml } from '../../xml/renderXml';
import type { XmlElement } from '../../xml/XmlNode';
import { schemaView } from './schemaView';

/**
 * customizations.xml against Microsoft's CustomizationsSolution.xsd from the schemas folder (which includes Fetch.xsd,
 * so every view's FetchXML is checked with it), less the elements newer than the schema.
 */
export async function customizationsSchemaProblems(customizations: XmlElement, schemasDir: string): Promise<string[]> {
  const result = await validateXmlAgainstXsd(
    renderXml(schemaView(customizations)),
    schemaPath('CustomizationsSolution.xsd', schemasDir),
  );
  return result.errors.map((e) => `customizations.xml: ${e.replace(/^document\.xml:/, 'line ')}`);
}
