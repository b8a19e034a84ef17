import type { WebResourceSpec } from '../../../schema/webResources';
import { el, textEl, type XmlElement } from '../../xml/XmlNode';
import { COMPONENT_TYPE, type RootComponent } from '../RootComponent';

export const WEB_RESOURCES_FOLDER = 'WebResources';

export interface WebResourceComponents {
  /** Zip path → bytes: each file under WebResources/. */
  readonly files: ReadonlyMap<string, Buffer>;
  /** The <WebResource> elements of customizations.xml. */
  readonly elements: readonly XmlElement[];
  readonly rootComponents: readonly RootComponent[];
}

/**
 * Web resources as Dataverse exports them: a `<WebResource>` in customizations.xml, in the element order of
 * CustomizationsSolution.xsd's webresourcetype, whose FileName points at the file's bytes in the zip, named after the
 * web resource without `/` and `.` followed by its id — `WebResources/example_form-scriptjsAEFB6A9A-…` in Microsoft's
 * JavaScript web resource example solution, `WebResources/new_commands8db43275-…` in the Sales Insights custom card
 * sample (github.com/MicrosoftDocs/dynamics-365-customer-engagement). Root component type 61 (solutioncomponent
 * table reference, https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent).
 * Customizable, so an admin may change the shipped one; LeadLink's guidance is to upload their own instead.
 */
export function webResourceComponents(specs: readonly WebResourceSpec[]): WebResourceComponents {
  const files = new Map<string, Buffer>();
  const elements: XmlElement[] = [];
  for (const spec of specs) {
    const fileName = webResourceFileName(spec);
    files.set(`${WEB_RESOURCES_FOLDER}/${fileName}`, Buffer.from(spec.content, 'utf8'));
    elements.push(
      el(
        'WebResource',
        {},
        textEl('WebResourceId', `{${spec.id}}`),
        textEl('Name', spec.name),
        textEl('DisplayName', spec.displayName),
        textEl('Description', spec.description),
        textEl('WebResourceType', spec.type),
        textEl('IntroducedVersion', '1.0.0.0'),
        textEl('IsEnabledForMobileClient', 0),
        textEl('IsAvailableForMobileOffline', 0),
        textEl('IsCustomizable', 1),
        textEl('CanBeDeleted', 1),
        textEl('IsHidden', 0),
        textEl('FileName', `/${WEB_RESOURCES_FOLDER}/${fileName}`),
      ),
    );
  }
  return {
    files,
    elements,
    rootComponents: specs.map((s) => ({ type: COMPONENT_TYPE.webResource, schemaName: s.name, behavior: 0 })),
  };
}

export function webResourceFileName(spec: Pick<WebResourceSpec, 'id' | 'name'>): string {
  return `${spec.name.replace(/[^A-Za-z0-9_-]/g, '')}${spec.id.toUpperCase()}`;
}
