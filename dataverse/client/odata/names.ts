/**
 * Checks the names that go into a URL path or query unquoted (entity sets, columns, navigation properties, messages),
 * so a typo or an injection fails here with a message, not at Dataverse with a parse error.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Messages may be qualified: `Microsoft.Dynamics.CRM.QualifyLead`. */
const QUALIFIED = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function assertIdentifier(what: string, value: string): string {
  if (!IDENTIFIER.test(value))
    throw new TypeError(`${what} must be a name of letters, digits and underscores, got "${value}"`);
  return value;
}

export function assertQualifiedName(what: string, value: string): string {
  if (!QUALIFIED.test(value))
    throw new TypeError(
      `${what} must be a message name such as WhoAmI or Microsoft.Dynamics.CRM.QualifyLead, got "${value}"`,
    );
  return value;
}
