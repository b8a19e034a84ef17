import type { ColumnDef } from '../../../schema/types';
import { PackError } from '../../errors/PackError';
import { el, textEl } from '../../xml/XmlNode';
import type { TableLabel } from '../metadata/tableLabels';
import { type AttributeSpec, labels } from './attributeNode';

const FULL_MASK = 'ValidForAdvancedFind|ValidForForm|ValidForGrid';
const V = '1.0';

type Base = Omit<AttributeSpec, 'details' | 'displayName' | 'description' | 'logicalName'>;

const readOnlyLookup = (schemaName: string, displayMask: string | undefined, isAuditEnabled: boolean): Base => ({
  schemaName,
  type: 'lookup',
  requiredLevel: 'none',
  displayMask,
  imeMode: 'auto',
  validForUpdate: false,
  validForRead: true,
  validForCreate: false,
  isCustomField: false,
  isAuditEnabled,
  introducedVersion: V,
});

const dateTime = (schemaName: string, displayMask: string, create: boolean, audited: boolean): Base => ({
  schemaName,
  type: 'datetime',
  requiredLevel: 'none',
  displayMask,
  imeMode: 'inactive',
  validForUpdate: false,
  validForRead: true,
  validForCreate: create,
  isCustomField: false,
  isAuditEnabled: audited,
  introducedVersion: V,
});

const wholeNumber = (
  schemaName: string,
  displayMask: string | undefined,
  update: boolean,
  imeMode: Base['imeMode'],
  audited: boolean,
): Base => ({
  schemaName,
  type: 'int',
  requiredLevel: 'none',
  displayMask,
  imeMode,
  validForUpdate: update,
  validForRead: true,
  validForCreate: true,
  isCustomField: false,
  isAuditEnabled: audited,
  introducedVersion: V,
});

const LOOKUP = [textEl('LookupStyle', 'single'), el('LookupTypes')];
const INT_RANGE = (min: number) => [textEl('Format', ''), textEl('MinValue', min), textEl('MaxValue', 2147483647)];

/**
 * The columns Dataverse gives every user-owned custom table, as a real export writes them (microsoft/PowerApps-Samples,
 * component-framework/CodeInterpreterControl/solutions/CodeInterpreterSample_1_0_0_0_managed.zip, customizations.xml,
 * table sample_Example), with the state and status options taken from the table's declaration.
 */
export function systemColumnSpecs(
  table: TableLabel,
  columns: readonly ColumnDef[],
  optionSetPrefix: string,
): AttributeSpec[] {
  const state = columns.find((c) => c.type === 'state');
  const status = columns.find((c) => c.type === 'status');
  if (!state?.options || !status?.options || !status.statusState) {
    throw new PackError(
      `Table '${table.schemaName}' must declare statecode and statuscode with their options to be packed.`,
    );
  }
  const stateOptions = state.options;
  const statusOptions = status.options;
  const statusState = status.statusState;
  const defaultStatus = (stateValue: number) =>
    Object.keys(statusState)
      .map(Number)
      .find((s) => statusState[s] === stateValue);
  const name = table.displayName;
  return [
    {
      ...readOnlyLookup('CreatedBy', FULL_MASK, false),
      logicalName: 'createdby',
      details: LOOKUP,
      displayName: 'Created By',
      description: 'Unique identifier of the user who created the record.',
    },
    {
      ...dateTime('CreatedOn', FULL_MASK, false, false),
      logicalName: 'createdon',
      details: [textEl('Format', 'datetime'), textEl('CanChangeDateTimeBehavior', 0), textEl('Behavior', 1)],
      displayName: 'Created On',
      description: 'Date and time when the record was created.',
    },
    {
      ...readOnlyLookup('CreatedOnBehalfBy', FULL_MASK, false),
      logicalName: 'createdonbehalfby',
      details: LOOKUP,
      displayName: 'Created By (Delegate)',
      description: 'Unique identifier of the delegate user who created the record.',
    },
    {
      ...wholeNumber('ImportSequenceNumber', 'ValidForAdvancedFind', false, 'disabled', true),
      logicalName: 'importsequencenumber',
      details: INT_RANGE(-2147483648),
      displayName: 'Import Sequence Number',
      description: 'Sequence number of the import that created this record.',
    },
    {
      ...readOnlyLookup('ModifiedBy', FULL_MASK, false),
      logicalName: 'modifiedby',
      details: LOOKUP,
      displayName: 'Modified By',
      description: 'Unique identifier of the user who modified the record.',
    },
    {
      ...dateTime('ModifiedOn', FULL_MASK, false, false),
      logicalName: 'modifiedon',
      details: [textEl('Format', 'datetime'), textEl('CanChangeDateTimeBehavior', 0), textEl('Behavior', 1)],
      displayName: 'Modified On',
      description: 'Date and time when the record was modified.',
    },
    {
      ...readOnlyLookup('ModifiedOnBehalfBy', FULL_MASK, false),
      logicalName: 'modifiedonbehalfby',
      details: LOOKUP,
      displayName: 'Modified By (Delegate)',
      description: 'Unique identifier of the delegate user who modified the record.',
    },
    {
      ...dateTime('OverriddenCreatedOn', 'ValidForAdvancedFind|ValidForGrid', true, true),
      logicalName: 'overriddencreatedon',
      details: [textEl('Format', 'date'), textEl('CanChangeDateTimeBehavior', 0), textEl('Behavior', 1)],
      displayName: 'Record Created On',
      description: 'Date and time that the record was migrated.',
    },
    {
      schemaName: 'OwnerId',
      logicalName: 'ownerid',
      type: 'owner',
      requiredLevel: 'systemrequired',
      displayMask: `${FULL_MASK}|RequiredForForm`,
      imeMode: 'auto',
      validForUpdate: true,
      validForRead: true,
      validForCreate: true,
      isCustomField: false,
      isAuditEnabled: true,
      introducedVersion: V,
      // Object type codes 8 (systemuser) and 9 (team), as the export lists them.
      details: [
        textEl('LookupStyle', 'single'),
        el(
          'LookupTypes',
          {},
          el('LookupType', { id: '00000000-0000-0000-0000-000000000000' }, 8),
          el('LookupType', { id: '00000000-0000-0000-0000-000000000000' }, 9),
        ),
      ],
      displayName: 'Owner',
      description: 'Owner Id',
    },
    {
      ...readOnlyLookup('OwningBusinessUnit', FULL_MASK, true),
      logicalName: 'owningbusinessunit',
      details: LOOKUP,
      displayName: 'Owning Business Unit',
      description: 'Unique identifier for the business unit that owns the record',
    },
    {
      ...readOnlyLookup('OwningTeam', undefined, false),
      logicalName: 'owningteam',
      details: LOOKUP,
      displayName: 'Owning Team',
      description: 'Unique identifier for the team that owns the record.',
    },
    {
      ...readOnlyLookup('OwningUser', undefined, false),
      logicalName: 'owninguser',
      details: LOOKUP,
      displayName: 'Owning User',
      description: 'Unique identifier for the user that owns the record.',
    },
    {
      schemaName: 'statecode',
      logicalName: 'statecode',
      type: 'state',
      requiredLevel: 'systemrequired',
      displayMask: FULL_MASK,
      imeMode: 'auto',
      validForUpdate: true,
      validForRead: true,
      validForCreate: false,
      isCustomField: false,
      isAuditEnabled: true,
      introducedVersion: V,
      details: [
        el(
          'optionset',
          { Name: `${optionSetPrefix}_statecode` },
          textEl('OptionSetType', 'state'),
          textEl('IntroducedVersion', V),
          textEl('IsCustomizable', 1),
          labels('displaynames', 'displayname', 'Status'),
          labels('Descriptions', 'Description', `Status of the ${name}`),
          el(
            'states',
            {},
            Object.entries(stateOptions).map(([value, label]) =>
              el(
                'state',
                { value, defaultstatus: defaultStatus(Number(value)), invariantname: label },
                labels('labels', 'label', label),
              ),
            ),
          ),
        ),
      ],
      displayName: 'Status',
      description: `Status of the ${name}`,
    },
    {
      schemaName: 'statuscode',
      logicalName: 'statuscode',
      type: 'status',
      requiredLevel: 'none',
      displayMask: FULL_MASK,
      imeMode: 'auto',
      validForUpdate: true,
      validForRead: true,
      validForCreate: true,
      isCustomField: false,
      isAuditEnabled: true,
      introducedVersion: V,
      details: [
        el(
          'optionset',
          { Name: `${optionSetPrefix}_statuscode` },
          textEl('OptionSetType', 'status'),
          textEl('IntroducedVersion', V),
          textEl('IsCustomizable', 1),
          labels('displaynames', 'displayname', 'Status Reason'),
          labels('Descriptions', 'Description', `Reason for the status of the ${name}`),
          el(
            'statuses',
            {},
            Object.entries(statusOptions).map(([value, label]) =>
              el('status', { value, state: statusState[Number(value)] }, labels('labels', 'label', label)),
            ),
          ),
        ),
      ],
      displayName: 'Status Reason',
      description: `Reason for the status of the ${name}`,
    },
    {
      ...wholeNumber('TimeZoneRuleVersionNumber', undefined, true, 'auto', false),
      logicalName: 'timezoneruleversionnumber',
      details: INT_RANGE(-1),
      displayName: 'Time Zone Rule Version Number',
      description: 'For internal use only.',
    },
    {
      ...wholeNumber('UTCConversionTimeZoneCode', undefined, true, 'auto', false),
      logicalName: 'utcconversiontimezonecode',
      details: INT_RANGE(-1),
      displayName: 'UTC Conversion Time Zone Code',
      description: 'Time zone code that was in use when the record was created.',
    },
  ];
}
