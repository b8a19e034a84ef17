import { posix } from 'node:path';
import { XML_DECLARATION, escapeAttribute } from '../xml/renderXml';
import { CONTROL_MANIFEST } from './components/pcfControl';

export const CONTENT_TYPES_FILE = '[Content_Types].xml';
const OCTET = 'application/octet-stream';

/**
 * [Content_Types].xml (Open Packaging Conventions) as pac writes it (microsoft/PowerApps-Samples,
 * component-framework/CodeInterpreterControl/solutions/CodeInterpreterControlSolution.zip): one line, xml as text/xml,
 * every other extension present as octet-stream, each control manifest overridden, and each part without an
 * extension (a web resource's file) overridden as octet-stream, as in Dataverse's exports of web resources.
 */
export function contentTypes(paths: readonly string[]): string {
  const extensions = [
    ...new Set(paths.map((p) => posix.extname(p).slice(1).toLowerCase()).filter((e) => e !== '' && e !== 'xml')),
  ].sort();
  const overrides = paths.filter((p) => posix.basename(p) === CONTROL_MANIFEST || posix.extname(p) === '').sort();
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="xml" ContentType="text/xml" />' +
    extensions.map((e) => `<Default Extension="${escapeAttribute(e)}" ContentType="${OCTET}" />`).join('') +
    overrides.map((p) => `<Override PartName="/${escapeAttribute(p)}" ContentType="${OCTET}" />`).join('') +
    '</Types>'
  );
}
