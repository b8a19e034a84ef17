import { el } from '../../xml/XmlNode';

/** The empty RibbonDiffXml Dataverse exports for a table whose command bar is not customized. */
export function emptyRibbonDiffXml() {
  return el(
    'RibbonDiffXml',
    {},
    el('CustomActions'),
    el('Templates', {}, el('RibbonTemplates', { Id: 'Mscrm.Templates' })),
    el('CommandDefinitions'),
    el('RuleDefinitions', {}, el('TabDisplayRules'), el('DisplayRules'), el('EnableRules')),
    el('LocLabels'),
  );
}
