/**
 * Validates XML against an XSD with xmllint-wasm (libxml2 compiled to WebAssembly: no native addon, no network), and
 * FetchXML against LeadLink's own FetchXML rules always and against Microsoft's Fetch.xsd when the schemas folder is
 * known. Generic, so the solution packer checks customizations.xml with it too; schemas that `xs:include` or
 * `xs:import` siblings get them loaded alongside, each fixed in memory for libxml2 (libxml2SchemaFixes.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { fetchXmlStructureProblems } from '../../solution/pack/validate/structure';
import { SolutionSourceError } from '../../solution/errors/SolutionSourceError';
import { parseXml } from '../../solution/xml/parseXml';
import { XmlSchemaValidationError } from './errors/XmlSchemaValidationError';
import { fetchXsdPath, schemasDirOrDefault } from './fetchXsdPath';
import { fixSchemaForLibxml2 } from './libxml2SchemaFixes';

export interface XmlValidationResult {
  readonly valid: boolean;
  /** What is wrong, e.g. libxml2's `document.xml:1: Schemas validity error : Element 'condition': …`. */
  readonly errors: readonly string[];
}

export interface SchemaOptions {
  /** The folder of Microsoft's XSDs; LEADLINK_SCHEMAS_DIR when not given; none means LeadLink's own checks only. */
  readonly schemasDir?: string;
}

interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

const schemaCache = new Map<string, readonly SchemaFile[]>();

/** A file of the folder by name, whatever its case (`fetch.xsd` finds `Fetch.xsd`). */
function readSibling(folder: string, fileName: string): string {
  const found = readdirSync(folder).find((name) => name.toLowerCase() === fileName.toLowerCase()) ?? fileName;
  return readFileSync(join(folder, found), 'utf8');
}

/** The schema file first, then every schema it includes or imports, transitively (same folder), fixed for libxml2. */
function loadSchema(xsdPath: string): readonly SchemaFile[] {
  const cached = schemaCache.get(xsdPath);
  if (cached) return cached;
  const folder = dirname(xsdPath);
  const files: SchemaFile[] = [];
  const pending = [basename(xsdPath)];
  while (pending.length > 0) {
    const fileName = pending.shift() as string;
    if (files.some((file) => file.fileName === fileName)) continue;
    const contents = fixSchemaForLibxml2(fileName, readSibling(folder, fileName));
    files.push({ fileName, contents });
    for (const match of contents.matchAll(/<xs:(?:include|import)\b[^>]*\bschemaLocation\s*=\s*["']([^"']+)["']/g)) {
      if (match[1]) pending.push(match[1]);
    }
  }
  schemaCache.set(xsdPath, files);
  return files;
}

export async function validateXmlAgainstXsd(xml: string, xsdPath: string): Promise<XmlValidationResult> {
  const [result] = await validateDocumentsAgainstXsd([xml], xsdPath);
  return result as XmlValidationResult;
}

/** Several documents against one XSD, loaded once: one result per document, in order. */
export async function validateDocumentsAgainstXsd(
  documents: readonly string[],
  xsdPath: string,
): Promise<XmlValidationResult[]> {
  const [schema, ...preload] = loadSchema(xsdPath);
  if (!schema) throw new Error(`Could not load the schema ${xsdPath}`);
  const names = documents.map((_, i) => (documents.length === 1 ? 'document.xml' : `document${i}.xml`));
  const result = await validateXML({
    xml: documents.map((contents, i) => ({ fileName: names[i] as string, contents })),
    schema: [schema],
    preload: [...preload],
  });
  const messages = result.errors.map((error) => error.rawMessage);
  const about = (name: string, message: string) => message.startsWith(`${name}:`) || message.startsWith(`${name} `);
  // A message about no document in particular (a schema that does not load) concerns them all.
  const general = messages.filter((m) => !names.some((name) => about(name, m)));
  return names.map((name) => {
    const errors = [...general, ...messages.filter((m) => about(name, m))];
    return { valid: errors.length === 0, errors };
  });
}

/** Validates against an XSD and throws XmlSchemaValidationError, naming every problem, when the XML is not valid. */
export async function assertValidAgainstXsd(xml: string, xsdPath: string): Promise<void> {
  const result = await validateXmlAgainstXsd(xml, xsdPath);
  if (!result.valid) throw new XmlSchemaValidationError(basename(xsdPath), result.errors);
}

/** FetchXML text against LeadLink's FetchXML rules (a document that is not well-formed is one problem). */
function fetchXmlRuleProblems(fetchXml: string): string[] {
  try {
    return fetchXmlStructureProblems(parseXml(fetchXml, 'FetchXML'));
  } catch (error) {
    if (error instanceof SolutionSourceError) return [error.message];
    throw error;
  }
}

/** Validates FetchXML: LeadLink's FetchXML rules always, Microsoft's Fetch.xsd too when a schemas folder is known. */
export async function validateFetchXml(fetchXml: string, options: SchemaOptions = {}): Promise<XmlValidationResult> {
  const schemasDir = schemasDirOrDefault(options.schemasDir);
  const errors = [
    ...fetchXmlRuleProblems(fetchXml),
    ...(schemasDir === undefined ? [] : (await validateXmlAgainstXsd(fetchXml, fetchXsdPath(schemasDir))).errors),
  ];
  return { valid: errors.length === 0, errors };
}

/** As validateFetchXml, throwing XmlSchemaValidationError that names every problem. */
export async function assertValidFetchXml(fetchXml: string, options: SchemaOptions = {}): Promise<void> {
  const result = await validateFetchXml(fetchXml, options);
  const against = schemasDirOrDefault(options.schemasDir) === undefined ? '' : ' and Fetch.xsd';
  if (!result.valid) throw new XmlSchemaValidationError(`LeadLink's FetchXML rules${against}`, result.errors);
}
