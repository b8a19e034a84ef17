/** An XSD that LeadLink validates against is not where it is expected. */
export class SchemaFileNotFoundError extends Error {
  override name = 'SchemaFileNotFoundError';
  readonly path: string;

  constructor(path: string, hint: string) {
    super(`XML schema not found: ${path}. ${hint}`);
    this.path = path;
  }
}
