/**
 * The components beside tables in customizations.xml: the security role, relationships, web resources, the PCF
 * control, webhook steps with their images, and the service endpoint.
 */
import { labelList } from './labelRules';
import { all, empty, many, maybe, one, optional, required, sequence, text } from './rules';
import { GUID, INTEGER, NON_NEGATIVE_INTEGER, oneOf, SCHEMA_NAME, TEXT, VERSION, ZERO_OR_ONE } from './values';

const FLAG = text(ZERO_OR_ONE);
const UNMODIFIED = { unmodified: optional(ZERO_OR_ONE) };
const CASCADE = text(oneOf('ActiveOnly', 'Cascade', 'NoCascade', 'UserOwned'));

/** `<Role name="…" id="…">` with its privileges. */
export const SECURITY_ROLE = sequence(
  [
    maybe('IsCustomizable', FLAG),
    maybe('IntroducedVersion', text(VERSION)),
    maybe(
      'RolePrivileges',
      sequence([
        many(
          'RolePrivilege',
          empty({ name: required(TEXT), level: required(oneOf('Basic', 'Local', 'Deep', 'Global')) }),
        ),
      ]),
    ),
  ],
  { name: required(TEXT), id: required(GUID), ...UNMODIFIED },
);

const RELATIONSHIP_ROLE = sequence([
  maybe('NavPaneDisplayOption', text(oneOf('UseCollectionName', 'UseLabel', 'DoNotDisplay'))),
  maybe('NavPaneArea', text(oneOf('Details', 'Sales', 'Service', 'Marketing', 'InternetMarketing', 'ProcessCenter'))),
  maybe('NavPaneOrder', text(NON_NEGATIVE_INTEGER)),
  maybe('NavigationPropertyName', text(TEXT)),
  maybe('RelationshipRoleType', text(NON_NEGATIVE_INTEGER)),
]);

/** `<EntityRelationship Name="…">`: its settings in any order. */
export const RELATIONSHIP = all(
  [
    one('EntityRelationshipType', text(oneOf('OneToMany', 'ManyToMany'))),
    maybe('IntroducedVersion', text(VERSION)),
    maybe('IsHierarchical', FLAG),
    maybe('IsCustomizable', FLAG),
    maybe('ReferencingAttributeName', text(SCHEMA_NAME)),
    maybe('RelationshipDescription', sequence([maybe('Descriptions', labelList('Description'))])),
    maybe('ReferencingEntityName', text(TEXT)),
    maybe('ReferencedEntityName', text(TEXT)),
    maybe('CascadeAssign', CASCADE),
    maybe('CascadeDelete', text(oneOf('Cascade', 'NoCascade', 'RemoveLink', 'Restrict'))),
    maybe('CascadeReparent', CASCADE),
    maybe('CascadeShare', CASCADE),
    maybe('CascadeUnshare', CASCADE),
    maybe('CascadeRollupView', CASCADE),
    maybe('IsValidForAdvancedFind', FLAG),
    maybe('EntityRelationshipRoles', sequence([many('EntityRelationshipRole', RELATIONSHIP_ROLE, 1, 2)])),
  ],
  { Name: required(TEXT), ...UNMODIFIED },
);

/** `<CustomControl>`: a PCF control by name and manifest path. */
export const CUSTOM_CONTROL = sequence([one('Name', text(TEXT)), maybe('FileName', text(TEXT))]);

const STEP_IMAGE = sequence(
  [
    maybe('SdkMessageProcessingStepImageId', text(GUID)),
    maybe('Attributes', text(TEXT)),
    maybe('EntityAlias', text(TEXT)),
    maybe('ImageType', text(INTEGER)),
    maybe('MessagePropertyName', text(TEXT)),
    maybe('IsCustomizable', FLAG),
    maybe('IntroducedVersion', text(VERSION)),
  ],
  { Name: optional(TEXT) },
);

/**
 * `<SdkMessageProcessingStep>`. StateCode and StatusCode are newer than the 9.0 schema (real exports carry them
 * after IsHidden, as in the public CSE-Neutrino/dataverse-serviceendpoint-sample repository,
 * deployment/solutions/RegisterServiceEndpointsSolution/SdkMessageProcessingSteps/): they are how steps ship disabled.
 */
export const STEP = sequence(
  [
    maybe('PluginTypeName', text(TEXT)),
    maybe('PluginTypeId', text(TEXT)),
    maybe('PrimaryEntity', text(TEXT)),
    maybe('AsyncAutoDelete', FLAG),
    maybe('Description', text(TEXT)),
    maybe('FilteringAttributes', text(TEXT)),
    maybe('InvocationSource', text(INTEGER)),
    maybe('Mode', text(INTEGER)),
    maybe('Rank', text(INTEGER)),
    maybe('SdkMessageId', text(GUID)),
    maybe('EventHandler', text(GUID)),
    maybe('EventHandlerTypeCode', text(INTEGER)),
    maybe('Stage', text(INTEGER)),
    maybe('IsCustomizable', FLAG),
    maybe('IsHidden', FLAG),
    maybe('StateCode', text(INTEGER)),
    maybe('StatusCode', text(INTEGER)),
    maybe('SupportedDeployment', text(INTEGER)),
    maybe('IntroducedVersion', text(VERSION)),
    maybe('SdkMessageProcessingStepImages', sequence([many('SdkMessageProcessingStepImage', STEP_IMAGE)])),
  ],
  { SdkMessageProcessingStepId: required(GUID), Name: optional(TEXT), ...UNMODIFIED },
);

/** `<WebResource>`: a file shipped with the solution (the scoring model). */
export const WEB_RESOURCE = sequence(
  [
    one('WebResourceId', text(GUID)),
    one('Name', text(TEXT)),
    maybe('DisplayName', text(TEXT)),
    maybe('Description', text(TEXT)),
    maybe('SilverlightVersion', text(TEXT)),
    maybe('LanguageCode', text(INTEGER)),
    maybe('WebResourceType', text(INTEGER)),
    maybe('IntroducedVersion', text(VERSION)),
    maybe('IsEnabledForMobileClient', FLAG),
    maybe('IsAvailableForMobileOffline', FLAG),
    maybe('DependencyXml', text(TEXT)),
    maybe('IsCustomizable', FLAG),
    maybe('CanBeDeleted', FLAG),
    maybe('IsHidden', FLAG),
    maybe('FileName', text(TEXT)),
  ],
  UNMODIFIED,
);

/** `<ServiceEndpoint>`: the webhook endpoint. */
export const SERVICE_ENDPOINT = sequence(
  [
    maybe('ConnectionMode', text(INTEGER)),
    maybe('Contract', text(INTEGER)),
    maybe('Description', text(TEXT)),
    maybe('Path', text(TEXT)),
    maybe('SolutionNamespace', text(TEXT)),
    maybe('UserClaim', text(INTEGER)),
    maybe('IsCustomizable', FLAG),
    maybe('AuthType', text(INTEGER)),
    maybe('MessageFormat', text(INTEGER)),
    maybe('NamespaceFormat', text(INTEGER)),
    maybe('Url', text(TEXT)),
  ],
  { ServiceEndpointId: required(GUID), Description: optional(TEXT), Name: optional(TEXT), ...UNMODIFIED },
);
