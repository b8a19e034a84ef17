/**
 * Validates XML against an XSD with xmllint-wasm (libxml2 compiled to WebAssembly: no native addon, no network).
 * Generic, so the solution packer can check customizations.xml with it too; schemas that `xs:include` or `xs:import`
 * siblings get them loaded alongside.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { XmlSchemaValidationError } from './errors/XmlSchemaValidationError';
import { fetchXsdPath } from './fetchXsdPath';

export interface XmlValidationResult {
  readonly valid: boolean;
  /** libxml2's messages, e.g. `document.xml:1: Schemas validity error : Element 'condition': …`. */
  readonly errors: readonly string[];
}

interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

const schemaCache = new Map<string, readonly SchemaFile[]>();

/** The schema file first, then every schema it includes or imports, transitively (same folder). */
function loadSchema(xsdPath: string): readonly SchemaFile[] {
  const cached = schemaCache.get(xsdPath);
  if (cached) return cached;
  const folder = dirname(xsdPath);
  const files: SchemaFile[] = [];
  const pending = [basename(xsdPath)];
  while (pending.length > 0) {
    const fileName = pending.shift() as string;
    if (files.some((file) => file.fileName === fileName)) continue;
    const contents = readFileSync(join(folder, fileName), 'utf8');
    files.push({ fileName, contents });
    for (const match of contents.matchAll(/<xs:(?:include|import)\b[^>]*\bschemaLocation=["']([^"']+)["']/g)) {
      if (match[1]) pending.push(match[1]);
    }
  }
  schemaCache.set(xsdPath, files);
  return files;
}

export async function validateXmlAgainstXsd(xml: string, xsdPath: string): Promise<XmlValidationResult> {
  const [schema, ...preload] = loadSchema(xsdPath);
  if (!schema) throw new Error(`Could not load the schema ${xsdPath}`);
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [schema],
    preload: [...preload],
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/** Validates against an XSD and throws XmlSchemaValidationError, naming every problem, when the XML is not valid. */
export async function assertValidAgainstXsd(xml: string, xsdPath: string): Promise<void> {
  const result = await validateXmlAgainstXsd(xml, xsdPath);
  if (!result.valid) throw new XmlSchemaValidationError(basename(xsdPath), result.errors);
}

/** Validates FetchXML against Microsoft's Fetch.xsd. */
export function validateFetchXml(fetchXml: string): Promise<XmlValidationResult> {
  return validateXmlAgainstXsd(fetchXml, fetchXsdPath());
}

export function assertValidFetchXml(fetchXml: string): Promise<void> {
  return assertValidAgainstXsd(fetchXml, fetchXsdPath());
}
