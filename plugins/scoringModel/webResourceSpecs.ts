import { WEB_RESOURCE_TYPE } from '../../schema/names';
import { DEFAULT_MODEL_WEB_RESOURCE, type WebResourceSpec } from '../../schema/webResources';
import { DEFAULT_SCORING_MODEL_JSON } from '../scoring';

/**
 * Every web resource LeadLink ships: the default scoring model. JSON has no web resource type of its own (the table
 * reference lists HTML, CSS, Script, XML, XSL, RESX and image types); the model is kept as Script (JScript), a text
 * type that is not markup, and text types "can be edited and saved in the application"
 * (https://learn.microsoft.com/power-apps/developer/model-driven-apps/web-resources).
 */
export const WEB_RESOURCE_SPECS: readonly WebResourceSpec[] = [
  {
    id: DEFAULT_MODEL_WEB_RESOURCE.id,
    name: DEFAULT_MODEL_WEB_RESOURCE.name,
    displayName: 'LeadLink default scoring model',
    description:
      "LeadLink's default lead scoring model (JSON). Start your own from it and upload that with `leadlink model upload`; upgrades replace this one.",
    type: WEB_RESOURCE_TYPE.script,
    content: DEFAULT_SCORING_MODEL_JSON,
  },
];

/** webresourcetype values whose content is text: HTML, CSS, Script, XML, XSL, RESX. */
export const TEXT_WEB_RESOURCE_TYPES: ReadonlySet<number> = new Set([1, 2, 3, 4, 9, 12]);
