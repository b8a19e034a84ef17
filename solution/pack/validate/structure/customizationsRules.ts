/**
 * customizations.xml as LeadLink writes it, by the rules of Microsoft's CustomizationsSolution.xsd 9.0.0.2090
 * (https://learn.microsoft.com/power-apps/developer/data-platform/customization-solutions-file-schema): the sections
 * in the schema's order, each holding what LeadLink puts in it. Sections LeadLink leaves empty must stay empty here:
 * content in them would be new to these rules, so it is reported rather than let through unchecked.
 */
import { CUSTOM_CONTROL, RELATIONSHIP, SECURITY_ROLE, SERVICE_ENDPOINT, STEP, WEB_RESOURCE } from './componentRules';
import { TABLE } from './entityRules';
import { type ElementRule, empty, many, maybe, sequence, text } from './rules';
import { NON_NEGATIVE_INTEGER } from './values';

const list = (item: string, rule: ElementRule) => sequence([many(item, rule)]);

/** `<ImportExportXml>`. */
export const CUSTOMIZATIONS: ElementRule = sequence([
  maybe('Entities', list('Entity', TABLE)),
  maybe('Roles', list('Role', SECURITY_ROLE)),
  maybe('Workflows', empty()),
  maybe('FieldSecurityProfiles', empty()),
  maybe('Templates', empty()),
  maybe('EntityMaps', empty()),
  maybe('EntityRelationships', list('EntityRelationship', RELATIONSHIP)),
  maybe('OrganizationSettings', empty()),
  maybe('optionsets', empty()),
  maybe('WebResources', list('WebResource', WEB_RESOURCE)),
  maybe('CustomControls', list('CustomControl', CUSTOM_CONTROL)),
  maybe('SolutionPluginAssemblies', empty()),
  maybe('SdkMessageProcessingSteps', list('SdkMessageProcessingStep', STEP)),
  maybe('ServiceEndpoints', list('ServiceEndpoint', SERVICE_ENDPOINT)),
  maybe('EntityDataProviders', empty()),
  maybe('Languages', sequence([many('Language', text(NON_NEGATIVE_INTEGER), 1)])),
]);
