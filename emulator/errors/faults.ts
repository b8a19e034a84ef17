import { DataverseFault } from './DataverseFault';

/**
 * The errors Dataverse gives, with their status, code and message text. Codes: Microsoft's "Web service error codes"
 * (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes) and the
 * service protection page (api-limits). Messages follow what the Web API returns.
 */
export const ERROR_CODE = {
  objectDoesNotExist: '0x80040217',
  duplicateRecord: '0x80040237',
  duplicateRecordEntityKey: '0x80060892',
  concurrencyVersionMismatch: '0x80060882',
  /** OData request errors: an unknown property or query option, a malformed query. */
  odataRequest: '0x80060888',
  /**
   * An unknown entity set, function or action: 404 "Resource not found for the segment '…'" (Troubleshoot Dataverse
   * Web API client errors, https://learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors ;
   * the custom API docs show the same code for an unknown function).
   */
  resourceNotFound: '0x8006088a',
  /** Payload the Web API cannot deserialize (unknown property, wrong type). */
  payload: '0x80048d19',
  validation: '0x80044331',
  invalidArgument: '0x80040203',
  requestsLimit: '0x80072322',
  executionTimeLimit: '0x80072321',
  concurrencyLimit: '0x80072326',
  unexpected: '0x80040216',
  messageNotSupported: '0x80040800',
} as const;

export const fault = {
  resourceNotFound: (segment: string) =>
    new DataverseFault(404, ERROR_CODE.resourceNotFound, `Resource not found for the segment '${segment}'.`),
  /** A function or action called with the wrong HTTP method, e.g. POST WhoAmI: 404 with an empty code (same page). */
  noHttpResource: (uri: string) =>
    new DataverseFault(404, '', `No HTTP resource was found that matches the request URI '${uri}'.`),
  recordNotFound: (table: string, id: string) =>
    new DataverseFault(404, ERROR_CODE.objectDoesNotExist, `${table} With Id = ${id} Does Not Exist`),
  unknownProperty: (table: string, property: string) =>
    new DataverseFault(
      400,
      ERROR_CODE.odataRequest,
      `Could not find a property named '${property}' on type 'Microsoft.Dynamics.CRM.${table}'.`,
    ),
  /** As a real answer reads, without its stack trace: the CrmException wrapping ODataLib's (captured in public code). */
  payloadUnknownProperty: (entitySet: string, table: string, property: string) =>
    new DataverseFault(
      400,
      ERROR_CODE.payload,
      `Error identified in Payload provided by the user for Entity :'${entitySet}', For more information on this error please follow this help link https://go.microsoft.com/fwlink/?linkid=2195293  ---->  InnerException : Microsoft.Crm.CrmException: Invalid property '${property}' was found in entity 'Microsoft.Dynamics.CRM.${table}'. ---> Microsoft.OData.ODataException: The property '${property}' does not exist on type 'Microsoft.Dynamics.CRM.${table}'. Make sure to only use property names that are defined by the type.`,
    ),
  payload: (entitySet: string, detail: string) =>
    new DataverseFault(
      400,
      ERROR_CODE.payload,
      `Error identified in Payload provided by the user for Entity :'${entitySet}', For more information on this error please follow this help link https://go.microsoft.com/fwlink/?linkid=2195293  ---->  InnerException : Microsoft.OData.ODataException: ${detail}`,
    ),
  badRequest: (message: string) => new DataverseFault(400, ERROR_CODE.odataRequest, message),
  invalidArgument: (message: string) => new DataverseFault(400, ERROR_CODE.invalidArgument, message),
  duplicateRecord: () =>
    new DataverseFault(412, ERROR_CODE.duplicateRecord, 'A record with matching key values already exists.'),
  duplicateKey: (table: string, key: readonly string[]) =>
    new DataverseFault(
      412,
      ERROR_CODE.duplicateRecordEntityKey,
      `A record that has the attribute values ${key.join(', ')} already exists. The entity key for ${table} requires that this set of attributes contains unique values. Select unique values and try again.`,
    ),
  versionMismatch: () =>
    new DataverseFault(
      412,
      ERROR_CODE.concurrencyVersionMismatch,
      "The version of the existing record doesn't match the RowVersion property provided.",
    ),
  tooLong: (table: string, column: string, max: number) =>
    new DataverseFault(
      400,
      ERROR_CODE.validation,
      `A validation error occurred.  The length of the '${column}' attribute of the '${table}' entity exceeded the maximum allowed length of '${max}'.`,
    ),
  outOfRange: (table: string, column: string, value: unknown) =>
    new DataverseFault(
      400,
      ERROR_CODE.validation,
      `A validation error occurred.  The value ${String(value)} of '${column}' on record of type '${table}' is outside the valid range.`,
    ),
  notValidFor: (table: string, column: string, operation: 'create' | 'update') =>
    new DataverseFault(
      400,
      ERROR_CODE.invalidArgument,
      `Field '${column}' on entity '${table}' is not valid for ${operation}.`,
    ),
  methodNotAllowed: (method: string) =>
    new DataverseFault(405, ERROR_CODE.odataRequest, `The HTTP method '${method}' is not allowed here.`),
  unexpected: (message: string) => new DataverseFault(500, ERROR_CODE.unexpected, message),
};
