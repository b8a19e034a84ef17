import { el, textEl, type XmlElement, type XmlNode } from '../../xml/XmlNode';

/** `<Type>` values of solution XML (CrmDataType in CustomizationsSolution.xsd) that LeadLink writes. */
export type CrmType =
  | 'primarykey'
  | 'nvarchar'
  | 'ntext'
  | 'int'
  | 'bit'
  | 'datetime'
  | 'picklist'
  | 'lookup'
  | 'owner'
  | 'state'
  | 'status';

export interface AttributeSpec {
  readonly schemaName: string;
  readonly logicalName: string;
  readonly type: CrmType;
  readonly requiredLevel: 'none' | 'required' | 'systemrequired';
  /** Absent for columns Dataverse exports without one (owninguser, owningteam, time zone codes). */
  readonly displayMask?: string;
  readonly imeMode: 'auto' | 'inactive' | 'disabled';
  readonly validForUpdate: boolean;
  readonly validForRead: boolean;
  readonly validForCreate: boolean;
  readonly isCustomField: boolean;
  readonly isAuditEnabled: boolean;
  readonly canModifyRequirementLevel?: boolean;
  readonly introducedVersion: string;
  /** The elements only this type has (Format, MaxLength, optionset…), in export order. */
  readonly details: readonly XmlNode[];
  readonly displayName: string;
  readonly description: string;
}

const bit = (value: boolean) => (value ? 1 : 0);

/**
 * One `<attribute>` in the element order of a Dataverse export (microsoft/PowerApps-Samples,
 * component-framework/CodeInterpreterControl/solutions/CodeInterpreterSample_1_0_0_0_managed.zip, customizations.xml),
 * less the elements newer than CustomizationsSolution.xsd 9.0 (AutoNumberFormat, IsSearchable, IsFilterable,
 * IsRetrievable, IsLocalizable), which Dataverse does not need on import.
 */
export function attributeNode(spec: AttributeSpec): XmlElement {
  return el(
    'attribute',
    { PhysicalName: spec.schemaName },
    textEl('Type', spec.type),
    textEl('Name', spec.logicalName),
    textEl('LogicalName', spec.logicalName),
    textEl('RequiredLevel', spec.requiredLevel),
    spec.displayMask !== undefined && textEl('DisplayMask', spec.displayMask),
    textEl('ImeMode', spec.imeMode),
    textEl('ValidForUpdateApi', bit(spec.validForUpdate)),
    textEl('ValidForReadApi', bit(spec.validForRead)),
    textEl('ValidForCreateApi', bit(spec.validForCreate)),
    textEl('IsCustomField', bit(spec.isCustomField)),
    textEl('IsAuditEnabled', bit(spec.isAuditEnabled)),
    textEl('IsSecured', 0),
    textEl('IntroducedVersion', spec.introducedVersion),
    textEl('IsCustomizable', 1),
    textEl('IsRenameable', 1),
    textEl('CanModifySearchSettings', 1),
    textEl('CanModifyRequirementLevelSettings', bit(spec.canModifyRequirementLevel ?? true)),
    textEl('CanModifyAdditionalSettings', 1),
    textEl('SourceType', 0),
    textEl('IsGlobalFilterEnabled', 0),
    textEl('IsSortableEnabled', 0),
    textEl('CanModifyGlobalFilterSettings', 1),
    textEl('CanModifyIsSortableSettings', 1),
    textEl('IsDataSourceSecret', 0),
    ...spec.details,
    labels('displaynames', 'displayname', spec.displayName),
    labels('Descriptions', 'Description', spec.description),
  );
}

/** `<displaynames><displayname description="…" languagecode="1033" /></displaynames>` and its kin. */
export function labels(container: string, item: string, text: string): XmlElement {
  return el(container, {}, el(item, { description: text, languagecode: 1033 }));
}

export interface OptionSpec {
  readonly value: number;
  readonly label: string;
}

/** A local option set of a choice or yes/no column (`OptionSetType` picklist or bit). */
export function optionSetNode(
  name: string,
  kind: 'picklist' | 'bit',
  displayName: string,
  description: string,
  options: readonly OptionSpec[],
  introducedVersion: string,
): XmlElement {
  return el(
    'optionset',
    { Name: name },
    textEl('OptionSetType', kind),
    textEl('IntroducedVersion', introducedVersion),
    textEl('IsCustomizable', 1),
    labels('displaynames', 'displayname', displayName),
    labels('Descriptions', 'Description', description),
    el(
      'options',
      {},
      options.map((o) => el('option', { value: o.value, ExternalValue: '' }, labels('labels', 'label', o.label))),
    ),
  );
}
