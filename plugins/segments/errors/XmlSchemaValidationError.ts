/** An XML document (FetchXML, customizations.xml …) that its XSD rejects. */
export class XmlSchemaValidationError extends Error {
  override name = 'XmlSchemaValidationError';
  readonly schema: string;
  readonly errors: readonly string[];

  constructor(schema: string, errors: readonly string[]) {
    super(`The XML is not valid against ${schema}:\n${errors.map((error) => `- ${error}`).join('\n')}`);
    this.schema = schema;
    this.errors = errors;
  }
}
