import { DataverseFault } from '../errors/DataverseFault';
import { ERROR_CODE } from '../errors/faults';

/**
 * The errors Dataverse gives for a bad FetchXML query. Codes from "Web service error codes" on learn.microsoft.com;
 * where a message was seen in a real response it is kept word for word (noted per factory), otherwise it says what
 * is wrong in Dataverse's style. Every one is a 400.
 */
export const FETCH_ERROR_CODE = {
  /** `{"code":"0x80040201","message":"Invalid XML."}`, a real Web API response (XRM-OSS/Xrm-WebApi-Client#37). */
  invalidXml: '0x80040201',
  /** QueryBuilderNoEntity. */
  noEntity: '0x80041102',
  /** QueryBuilderNoAttribute; message as in a real Web API FetchXML response. */
  noAttribute: '0x80041103',
  /** "Aggregate data using FetchXml", Limitations: more than 50,000 records. */
  aggregateLimit: '0x8004E023',
  /** "Join tables using FetchXml", Limitations: more than 15 link-entity elements. */
  linkEntityLimit: '0x8004430D',
} as const;

function bad(code: string, message: string): DataverseFault {
  return new DataverseFault(400, code, message);
}

export const fetchFault = {
  invalidXml: (detail: string) => bad(FETCH_ERROR_CODE.invalidXml, `Invalid XML. ${detail}`),
  noEntity: (name: string) =>
    bad(
      FETCH_ERROR_CODE.noEntity,
      `The entity with a name = '${name}' with namemapping = 'Logical' was not found in the MetadataCache.`,
    ),
  noAttribute: (table: string, attribute: string) =>
    bad(
      FETCH_ERROR_CODE.noAttribute,
      `'${table}' entity doesn't contain attribute with Name = '${attribute}' and NameMapping = 'Logical' (look up attribute by name is case-sensitive).`,
    ),
  /** Text as FetchXML Builder users report it from Dataverse ("Unknown Condition Operator: contains"). */
  unknownOperator: (operator: string) => bad(ERROR_CODE.invalidArgument, `Unknown Condition Operator: ${operator}`),
  /** Text as Dataverse gives it (rappen/FetchXMLBuilder#692). */
  missingValue: (operatorEnumName: string) =>
    bad(
      ERROR_CODE.invalidArgument,
      `Attribute 'value' or 'valueof' must be specified for condition operator: ${operatorEnumName}`,
    ),
  noValues: (operatorEnumName: string, table: string, attribute: string) =>
    bad(
      ERROR_CODE.invalidArgument,
      `Condition operator ${operatorEnumName} on '${table}.${attribute}' requires at least one value: add <value> elements to the condition.`,
    ),
  /** Shape of Dataverse's conversion error ("An exception System.FormatException was thrown while trying to convert input value…"). */
  conversion: (value: string, table: string, attribute: string, typeName: string, reason: string) =>
    bad(
      ERROR_CODE.invalidArgument,
      `An exception System.FormatException was thrown while trying to convert input value '${value}' to attribute '${table}.${attribute}'. Expected type of attribute value: ${typeName}. Exception raised: ${reason}`,
    ),
  aggregateLimit: () =>
    bad(FETCH_ERROR_CODE.aggregateLimit, 'AggregateQueryRecordLimit exceeded. Cannot perform this operation.'),
  linkEntityLimit: () =>
    bad(FETCH_ERROR_CODE.linkEntityLimit, 'Number of link entities in query exceeded maximum limit.'),
  /** A query Dataverse would reject, with what is wrong in it. */
  invalid: (message: string) => bad(ERROR_CODE.invalidArgument, message),
  /** Valid FetchXML that this emulator does not implement: said plainly, so nobody mistakes it for Dataverse's answer. */
  unsupported: (feature: string) =>
    bad(ERROR_CODE.invalidArgument, `The Dataverse emulator does not support ${feature} in FetchXML.`),
};
