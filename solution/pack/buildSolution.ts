import type { Plugin } from '../../plugins/Plugin';
import type { EnvironmentVariableSpec } from '../../schema/environmentVariables';
import type { WebResourceSpec } from '../../schema/webResources';
import type { TableDef } from '../../schema/types';
import { SolutionSourceError } from '../errors/SolutionSourceError';
import { renderDocument, ZIP_NEWLINE } from '../xml/renderXml';
import { textOf, firstChild } from '../xml/XmlNode';
import { environmentVariableFiles } from './components/environmentVariables';
import { pcfControl } from './components/pcfControl';
import { webhookComponents } from './components/webhookComponents';
import { webResourceComponents } from './components/webResources';
import { CONTENT_TYPES_FILE, contentTypes } from './contentTypes';
import { customizationsDocument, withoutNamespaceDeclarations } from './customizationsDocument';
import { tableComponents } from './entities/tableEntities';
import { COMPONENT_TYPE, type RootComponent } from './RootComponent';
import { solutionManifest } from './solutionManifest';
import { checkSolutionVersion } from './solutionVersion';
import { readSolutionSource } from './source/readSolutionSource';
import { attributeOf } from '../xml/XmlNode';

export const SOLUTION_FILE = 'solution.xml';
export const CUSTOMIZATIONS_FILE = 'customizations.xml';

/** Everything a pack reads; each part has one source elsewhere in the repository. */
export interface SolutionInputs {
  /** solution/src: the hand-maintained parts, in SolutionPackager's unpacked layout. */
  readonly srcDir: string;
  /** pcf-controls/out/controls/<Constructor>: the built control. */
  readonly controlDir: string;
  /** schema/customizations.ts: LeadLink's tables and columns. */
  readonly tables: readonly TableDef[];
  /** plugins/registry.ts: the webhook steps. */
  readonly plugins: readonly Plugin[];
  /** plugins/settings/environmentVariableSpecs.ts: the environment variables and their defaults. */
  readonly environmentVariables: readonly EnvironmentVariableSpec[];
  /** plugins/scoringModel/webResourceSpecs.ts: the web resources (the default scoring model). */
  readonly webResources: readonly WebResourceSpec[];
  readonly version: string;
  readonly managed: boolean;
}

export interface BuiltSolution {
  /** `<UniqueName>_<a_b_c_d>[_managed].zip`, as Dataverse names its exports. */
  readonly fileName: string;
  /** Zip path → contents. */
  readonly files: ReadonlyMap<string, Buffer>;
  readonly rootComponents: readonly RootComponent[];
}

/** Generates every file of the solution zip, in the layout of a pac-built solution. Writes nothing. */
export function buildSolution(inputs: SolutionInputs): BuiltSolution {
  const version = checkSolutionVersion(inputs.version);
  const source = readSolutionSource(inputs.srcDir);
  const uniqueName = textOf(firstChild(source.solution.root, 'SolutionManifest'), 'UniqueName');
  if (!uniqueName) throw new SolutionSourceError(source.solution.path, 'has no <UniqueName>');

  const tables = tableComponents(inputs.tables, source.views);
  const webhook = webhookComponents(inputs.plugins);
  const control = pcfControl(inputs.controlDir);
  const envVars = environmentVariableFiles(inputs.environmentVariables);
  const webResources = webResourceComponents(inputs.webResources);
  const roles = source.roles.map((r) => withoutNamespaceDeclarations(r.root));
  const roleRoots = source.roles.map((r): RootComponent => {
    const id = attributeOf(r.root, 'id');
    if (!id) throw new SolutionSourceError(r.path, 'has no id attribute on <Role>');
    return { type: COMPONENT_TYPE.role, id, behavior: 0 };
  });

  const customizations = customizationsDocument(source.customizations, {
    Entities: tables.entities,
    Roles: roles,
    EntityRelationships: tables.relationships,
    WebResources: webResources.elements,
    CustomControls: [control.customControl],
    SdkMessageProcessingSteps: webhook.steps,
    ServiceEndpoints: webhook.endpoints,
  });
  const rootComponents = [
    ...tables.rootComponents,
    ...roleRoots,
    ...webResources.rootComponents,
    control.rootComponent,
    ...webhook.rootComponents,
    ...envVars.rootComponents,
  ];

  const files = new Map<string, Buffer>();
  files.set(CUSTOMIZATIONS_FILE, utf8(renderDocument(customizations, { declaration: true, newline: ZIP_NEWLINE })));
  files.set(
    SOLUTION_FILE,
    utf8(
      renderDocument(solutionManifest(source.solution, version, inputs.managed, rootComponents), {
        declaration: true,
        newline: ZIP_NEWLINE,
      }),
    ),
  );
  for (const [path, bytes] of control.files) files.set(path, bytes);
  for (const [path, text] of envVars.files) files.set(path, utf8(text));
  for (const [path, bytes] of webResources.files) files.set(path, bytes);
  files.set(CONTENT_TYPES_FILE, utf8(contentTypes([...files.keys()])));

  return {
    fileName: `${uniqueName}_${version.replace(/\./g, '_')}${inputs.managed ? '_managed' : ''}.zip`,
    files,
    rootComponents,
  };
}

function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}
