/**
 * A table in customizations.xml: `<Entity>` with its `<EntityInfo><entity>` (the table's settings, columns with their
 * option sets, alternate keys), views and ribbon. Tables and columns list their settings in any order (xs:all).
 */
import type { CrmType } from '../../entities/attributeNode';
import { labelList } from './labelRules';
import { all, type ElementRule, empty, many, maybe, maybeEach, one, optional, required, sequence, text } from './rules';
import { SAVED_QUERIES } from './savedQueryRules';
import {
  DOUBLE,
  either,
  INTEGER,
  oneOf,
  POSITIVE_INTEGER,
  SCHEMA_NAME,
  TEXT,
  textOfLength,
  VERSION,
  ZERO_OR_ONE,
} from './values';

const FLAG = text(ZERO_OR_ONE);
const UNMODIFIED = { unmodified: optional(ZERO_OR_ONE) };

/** The column types LeadLink writes (CrmDataType). */
const CRM_TYPES = [
  'primarykey',
  'nvarchar',
  'ntext',
  'int',
  'bit',
  'datetime',
  'picklist',
  'lookup',
  'owner',
  'state',
  'status',
] as const satisfies readonly CrmType[];

const LABELS = labelList('label', 1);

const OPTION = sequence([one('labels', LABELS), maybe('Descriptions', labelList('Description'))], {
  value: required(INTEGER),
  ExternalValue: optional(TEXT),
  Color: optional(TEXT),
  addedby: optional(TEXT),
});

const STATE = sequence([one('labels', LABELS), maybe('Descriptions', labelList('Description'))], {
  value: required(INTEGER),
  Color: optional(TEXT),
  defaultstatus: required(INTEGER),
  invariantname: required(TEXT),
  addedby: optional(TEXT),
});

const STATUS = sequence([one('labels', LABELS), maybe('Descriptions', labelList('Description'))], {
  value: required(INTEGER),
  Color: optional(TEXT),
  state: optional(INTEGER),
  defaultstatus: optional(INTEGER),
  addedby: optional(TEXT),
  TransitionData: optional(TEXT),
});

const OPTION_SET = sequence(
  [
    maybe('OptionSetType', text(oneOf('picklist', 'state', 'status', 'bit'))),
    maybe('IsGlobal', FLAG),
    maybe('IntroducedVersion', text(VERSION)),
    maybe('IsCustomizable', FLAG),
    maybe('displaynames', labelList('displayname')),
    maybe('Descriptions', labelList('Description')),
    maybe('options', sequence([many('option', OPTION)])),
    maybe('statuses', sequence([many('status', STATUS)])),
    maybe('states', sequence([many('state', STATE)])),
  ],
  { Name: required(TEXT), localizedName: optional(TEXT), description: optional(TEXT), ...UNMODIFIED },
);

/** A column: `<attribute PhysicalName="…">`. */
const COLUMN = all(
  [
    maybe('Type', text(oneOf(...CRM_TYPES))),
    maybe('Name', text(SCHEMA_NAME)),
    maybe('LogicalName', text(SCHEMA_NAME)),
    maybe('RequiredLevel', text(TEXT)),
    maybe('DisplayMask', text(TEXT)),
    maybe('ImeMode', text(TEXT)),
    maybe('IntroducedVersion', text(VERSION)),
    maybe('SourceType', text(INTEGER)),
    maybe('Format', text(TEXT)),
    maybe('MaxLength', text(INTEGER)),
    // LengthType: a positive whole number, 'max' or -1.
    maybe('Length', text(either(POSITIVE_INTEGER, oneOf('max', '-1')))),
    maybe('MinValue', text(DOUBLE)),
    maybe('MaxValue', text(DOUBLE)),
    maybe('Behavior', text(INTEGER)),
    maybe('AppDefaultValue', text(INTEGER)),
    maybe('LookupStyle', text(TEXT)),
    maybe('LookupTypes', sequence([many('LookupType', text(INTEGER, { id: required(TEXT) }))])),
    maybe('optionset', OPTION_SET),
    maybe('displaynames', labelList('displayname')),
    maybe('Descriptions', labelList('Description')),
    ...maybeEach(
      [
        'ValidForUpdateApi',
        'ValidForReadApi',
        'ValidForCreateApi',
        'IsCustomField',
        'IsAuditEnabled',
        'IsSecured',
        'IsCustomizable',
        'IsRenameable',
        'CanModifySearchSettings',
        'CanModifyRequirementLevelSettings',
        'CanModifyAdditionalSettings',
        'IsGlobalFilterEnabled',
        'IsSortableEnabled',
        'CanModifyGlobalFilterSettings',
        'CanModifyIsSortableSettings',
        'IsDataSourceSecret',
        'CanChangeDateTimeBehavior',
      ],
      FLAG,
    ),
  ],
  { PhysicalName: required(SCHEMA_NAME), ...UNMODIFIED },
);

const ENTITY_KEY = all([
  one('Name', text(TEXT)),
  maybe('LogicalName', text(SCHEMA_NAME)),
  maybe('IntroducedVersion', text(VERSION)),
  maybe('IsCustomizable', FLAG),
  maybe('displaynames', labelList('displayname')),
  one('EntityKeyAttributes', sequence([many('AttributeName', text(SCHEMA_NAME), 1)])),
]);

/** The table's settings: `<EntityInfo><entity Name="…">`. */
const TABLE_INFO = all(
  [
    one('attributes', sequence([many('attribute', COLUMN)])),
    maybe('LocalizedNames', labelList('LocalizedName')),
    maybe('LocalizedCollectionNames', labelList('LocalizedCollectionName')),
    maybe('Descriptions', labelList('Description')),
    maybe('EntityKeys', sequence([many('EntityKey', ENTITY_KEY)])),
    maybe('EntitySetName', text(TEXT)),
    maybe('OwnershipTypeMask', text(TEXT)),
    maybe('ActivityTypeMask', text(TEXT)),
    maybe('DaysSinceRecordLastModified', text(INTEGER)),
    maybe('MobileOfflineFilters', text(TEXT)),
    maybe('IntroducedVersion', text(VERSION)),
    ...maybeEach(
      [
        'IsDuplicateCheckSupported',
        'IsBusinessProcessEnabled',
        'IsRequiredOffline',
        'IsInteractionCentricEnabled',
        'IsCollaboration',
        'AutoRouteToOwnerQueue',
        'IsConnectionsEnabled',
        'IsDocumentManagementEnabled',
        'AutoCreateAccessTeams',
        'IsOneNoteIntegrationEnabled',
        'IsKnowledgeManagementEnabled',
        'IsSLAEnabled',
        'IsDocumentRecommendationsEnabled',
        'IsBPFEntity',
        'IsAuditEnabled',
        'IsActivity',
        'IsActivityParty',
        'IsReplicated',
        'IsReplicationUserFiltered',
        'IsMailMergeEnabled',
        'IsVisibleInMobile',
        'IsVisibleInMobileClient',
        'IsReadOnlyInMobileClient',
        'IsOfflineInMobileClient',
        'IsMapiGridEnabled',
        'IsReadingPaneEnabled',
        'IsQuickCreateEnabled',
        'SyncToExternalSearchIndex',
        'IsCustomizable',
        'IsRenameable',
        'IsMappable',
        'CanModifyAuditSettings',
        'CanModifyMobileVisibility',
        'CanModifyMobileClientVisibility',
        'CanModifyMobileClientReadOnly',
        'CanModifyMobileClientOffline',
        'CanModifyConnectionSettings',
        'CanModifyDuplicateDetectionSettings',
        'CanModifyMailMergeSettings',
        'CanModifyQueueSettings',
        'CanCreateAttributes',
        'CanCreateForms',
        'CanCreateCharts',
        'CanCreateViews',
        'CanModifyAdditionalSettings',
        'CanEnableSyncToExternalSearchIndex',
        'EnforceStateTransitions',
        'CanChangeHierarchicalRelationship',
        'EntityHelpUrlEnabled',
        'ChangeTrackingEnabled',
        'CanChangeTrackingBeEnabled',
        'IsEnabledForExternalChannels',
      ],
      FLAG,
    ),
  ],
  { Name: required(SCHEMA_NAME), ...UNMODIFIED },
);

/** The ribbon differences of a table; LeadLink's are empty. */
const RIBBON_DIFF = sequence([
  maybe('CustomActions', empty()),
  maybe('Templates', sequence([one('RibbonTemplates', empty({ Id: required(TEXT) }))])),
  maybe('CommandDefinitions', empty()),
  maybe(
    'RuleDefinitions',
    sequence([one('TabDisplayRules', empty()), one('DisplayRules', empty()), one('EnableRules', empty())]),
  ),
  maybe('LocLabels', empty()),
]);

/** `<Entity>`. */
export const TABLE: ElementRule = all([
  one('Name', text(SCHEMA_NAME, { LocalizedName: required(textOfLength(1, Infinity)), OriginalName: required(TEXT) })),
  maybe('EntityInfo', sequence([one('entity', TABLE_INFO)])),
  maybe('SavedQueries', SAVED_QUERIES),
  maybe('RibbonDiffXml', RIBBON_DIFF),
]);
