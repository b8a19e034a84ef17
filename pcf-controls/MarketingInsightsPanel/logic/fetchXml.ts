/**
 * Small FetchXML builders. Values are XML-escaped; ids are validated GUIDs before they get here.
 * Xrm.WebApi takes FetchXML as the options string `?fetchXml=<url-encoded fetch>`
 * https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi/retrievemultiplerecords
 */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function attributes(names: readonly string[]): string {
  return names.map((name) => `<attribute name="${escapeXml(name)}"/>`).join('');
}

export interface ConditionSpec {
  readonly attribute: string;
  readonly operator: 'eq' | 'ne' | 'null' | 'not-null';
  readonly value?: string | number;
  /** A link-entity alias, for a condition on a linked table inside the main filter. */
  readonly entityName?: string;
}

export function condition(spec: ConditionSpec): string {
  const entity = spec.entityName === undefined ? '' : ` entityname="${escapeXml(spec.entityName)}"`;
  const value = spec.value === undefined ? '' : ` value="${escapeXml(String(spec.value))}"`;
  return `<condition${entity} attribute="${escapeXml(spec.attribute)}" operator="${spec.operator}"${value}/>`;
}

export function filter(type: 'and' | 'or', conditions: readonly string[]): string {
  return `<filter type="${type}">${conditions.join('')}</filter>`;
}

export function order(attribute: string, descending: boolean): string {
  return `<order attribute="${escapeXml(attribute)}" descending="${String(descending)}"/>`;
}

export interface LinkSpec {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly alias: string;
  readonly linkType: 'inner' | 'outer';
  readonly body: string;
}

export function linkEntity(spec: LinkSpec): string {
  return (
    `<link-entity name="${escapeXml(spec.name)}" from="${escapeXml(spec.from)}" to="${escapeXml(spec.to)}"` +
    ` link-type="${spec.linkType}" alias="${escapeXml(spec.alias)}">${spec.body}</link-entity>`
  );
}

export function fetchQuery(entity: string, count: number, body: string): string {
  return `<fetch version="1.0" mapping="logical" count="${count}"><entity name="${escapeXml(entity)}">${body}</entity></fetch>`;
}

export function fetchXmlOption(xml: string): string {
  return `?fetchXml=${encodeURIComponent(xml)}`;
}
