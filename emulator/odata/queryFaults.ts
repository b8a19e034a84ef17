import { DataverseFault } from '../errors/DataverseFault';
import { ERROR_CODE, fault } from '../errors/faults';
import { CRM_NAMESPACE } from './names';

/**
 * The errors a bad query gets. Where Dataverse passes an OData parser error through, the text is ODataLib's
 * (OData/odata.net, src/Microsoft.OData.Core/Microsoft.OData.Core.txt), e.g. the documented
 * "There is an unterminated literal at position 21 in 'lastname eq 'O'Bryan''." (filter-rows.md). Positions are
 * 0-based offsets into the option's text, as ODataLib reports them.
 */
export const queryFault = {
  syntax: (pos: number, text: string) => fault.badRequest(`Syntax error at position ${pos} in '${text}'.`),
  invalidCharacter: (ch: string, pos: number, text: string) =>
    fault.badRequest(`Syntax error: character '${ch}' is not valid at position ${pos} in '${text}'.`),
  unterminatedLiteral: (pos: number, text: string) =>
    fault.badRequest(`There is an unterminated literal at position ${pos} in '${text}'.`),
  expressionExpected: (pos: number, text: string) =>
    fault.badRequest(`Expression expected at position ${pos} in '${text}'.`),
  closeParenOrOperator: (pos: number, text: string) =>
    fault.badRequest(`')' or operator expected at position ${pos} in '${text}'.`),
  closeParenOrComma: (pos: number, text: string) =>
    fault.badRequest(`')' or ',' expected at position ${pos} in '${text}'.`),
  expected: (what: string, pos: number, text: string) =>
    fault.badRequest(`'${what}' expected at position ${pos} in '${text}'.`),
  invalidJson: (detail: string) => fault.badRequest(`Invalid JSON. ${detail}`),
  incompatibleOperands: (left: string, right: string, operatorKind: string) =>
    fault.badRequest(
      `A binary operator with incompatible types was detected. Found operand types '${left}' and '${right}' for operator kind '${operatorKind}'.`,
    ),
  incompatibleOperand: (type: string, operatorKind: string) =>
    fault.badRequest(
      `A unary operator with an incompatible type was detected. Found operand type '${type}' for operator kind '${operatorKind}'.`,
    ),
  unknownFunction: (name: string) =>
    fault.badRequest(
      `An unknown function with name '${name}' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.`,
    ),
  noMatchingSignature: (name: string, signatures: string) =>
    fault.badRequest(
      `No function signature for the function with name '${name}' matches the specified arguments. The function signatures considered are: ${signatures}.`,
    ),
  functionParameters: (name: string, parameters: readonly string[]) =>
    fault.badRequest(`Could not find a function named '${name}' with parameters '${parameters.join(',')}'.`),
  rangeVariableDeclared: (name: string) => fault.badRequest(`The range variable '${name}' has already been declared.`),
  lambdaNeedsCollection: () => fault.badRequest('Any/All may only be used following a collection.'),
  notSingleValue: (property: string) =>
    fault.badRequest(
      `The parent value for a property access of a property '${property}' is not a single value. Property access can only be applied to a single value.`,
    ),
  filterNotBoolean: () => fault.badRequest('The $filter expression must evaluate to a single boolean value.'),
  orderByNotSingleValue: () =>
    fault.badRequest('The $orderby expression must evaluate to a single value of primitive type.'),
  invalidTop: (value: string) =>
    fault.badRequest(
      `Invalid value '${value}' for $top query option found. The $top query option requires a non-negative integer value.`,
    ),
  invalidCount: (value: string) =>
    fault.badRequest(`Invalid value '${value}' for $count query option found. Valid values are 'true, false'.`),
  optionRepeated: (name: string) =>
    fault.badRequest(`Query option '${name}' was specified more than once, but it must be specified at most once.`),
  /** Wording unconfirmed: page-results.md only says Dataverse "doesn't support the $skip query option". */
  skipNotSupported: () => fault.badRequest('The query parameter $skip is not supported'),
  /** ASP.NET OData's wording for a system query option the service does not know. */
  optionNotSupported: (name: string) => fault.badRequest(`The query parameter '${name}' is not supported.`),
  notNavigation: (property: string, table: string) =>
    fault.badRequest(
      `Property '${property}' on type '${CRM_NAMESPACE}.${table}' is not a navigation property or complex property. Only navigation properties can be expanded.`,
    ),
  /** join-tables.md, for $top/$orderby where Dataverse cannot apply them. */
  expandOptionsNotAllowed: () =>
    fault.badRequest(
      'Only $select and $filter clause can be provided while doing $expand on many-to-one relationship or nested one-to-many relationship.',
    ),
  expandOptionNotSupported: (option: string, navigation: string) =>
    fault.badRequest(
      `The query option '${option}' is not supported in the $expand of '${navigation}' (join-tables: $skip, $count, $search and $levels are not supported).`,
    ),
  missingExpandOption: (navigation: string) =>
    fault.badRequest(
      `Missing expand option on navigation property '${navigation}'. If a parenthesis expression follows an expanded navigation property, then at least one expand option must be provided.`,
    ),
  tooManyExpands: (count: number, max: number) =>
    fault.badRequest(
      `The result of parsing $expand contained at least ${count} items, but the maximum allowed is ${max}.`,
    ),
  termNotValid: (term: string) => fault.badRequest(`Term '${term}' is not valid in a $select or $expand expression.`),
  /** Wording unconfirmed: the docs say a lookup's navigation property can be expanded "but you can't use $select". */
  navigationInSelect: (navigation: string, table: string, lookup: string | undefined) =>
    fault.badRequest(
      `The navigation property '${navigation}' of type '${CRM_NAMESPACE}.${table}' cannot be used in $select. ${
        lookup
          ? `Select the lookup property '_${lookup}_value', or use $expand=${navigation}.`
          : `Use $expand=${navigation}.`
      }`,
    ),
  pathNotSupported: (option: string, path: string) =>
    fault.badRequest(
      `The path '${path}' is not supported in ${option}; only properties of the queried table can be used there.`,
    ),
  notReadable: (table: string, column: string) =>
    fault.badRequest(`The attribute '${column}' of '${table}' is not valid for read, so it cannot be used in a query.`),
  invalidSkipToken: () =>
    fault.badRequest(
      'The $skiptoken value is not valid for this query. Follow @odata.nextLink unchanged, with the same query options.',
    ),
  invalidValue: (value: string, type: string, property: string) =>
    fault.badRequest(`The value '${value}' cannot be converted to '${type}' for the property '${property}'.`),
  /** The QueryExpression error a Dataverse query function raises for an unknown PropertyName (code QueryBuilderNoAttribute). */
  noAttribute: (table: string, attribute: string) =>
    new DataverseFault(
      400,
      '0x80041103',
      `'${table}' entity doesn't contain attribute with Name = '${attribute}' and NameMapping = 'Logical'.`,
    ),
  /** A real Dataverse function or option this emulator does not implement: say so rather than answer wrongly. */
  notImplemented: (what: string) =>
    new DataverseFault(
      501,
      ERROR_CODE.messageNotSupported,
      `${what} is not supported by the LeadLink Dataverse emulator.`,
    ),
};
