import { attributeOf, childElements, descendants, firstChild, textOf } from '../../../xml/XmlNode';
import { ENV_VAR_FILE, ENV_VAR_FOLDER } from '../../components/environmentVariables';
import { CONTROLS_FOLDER } from '../../components/pcfControl';
import { WEB_RESOURCES_FOLDER } from '../../components/webResources';
import { CONTENT_TYPES_FILE } from '../../contentTypes';
import { COMPONENT_TYPE } from '../../RootComponent';
import { readRootComponents } from '../../solutionManifest';
import type { ParsedSolution } from './ParsedSolution';

const guid = (value: string | undefined) => (value ?? '').replace(/[{}]/g, '').toLowerCase();

/**
 * Every root component has its component in the zip, and every component in the zip has its root component: a
 * table's Entity, a role, a web resource and its file, a control's CustomControl and manifest file, a step, an
 * endpoint, an environment variable's definition file. Files outside those components are reported too.
 */
export function checkRootComponents({ files, solution, customizations }: ParsedSolution): string[] {
  const problems: string[] = [];
  const roots = readRootComponents(solution);
  const rootsOf = (type: number) => roots.filter((r) => r.type === type);
  const known = new Set<number>(Object.values(COMPONENT_TYPE));
  for (const root of roots)
    if (!known.has(root.type))
      problems.push(`solution.xml: RootComponent type ${root.type} is not a component LeadLink ships`);

  const entities = childElements(firstChild(customizations, 'Entities') ?? customizations, 'Entity').map((e) =>
    (
      attributeOf(firstChild(firstChild(e, 'EntityInfo') ?? e, 'entity') ?? e, 'Name') ??
      textOf(e, 'Name') ??
      ''
    ).toLowerCase(),
  );
  compare(
    problems,
    'table',
    rootsOf(COMPONENT_TYPE.entity).map((r) => (r.schemaName ?? '').toLowerCase()),
    entities,
  );

  const roles = descendants(customizations, 'Role').map((r) => guid(attributeOf(r, 'id')));
  compare(
    problems,
    'role',
    rootsOf(COMPONENT_TYPE.role).map((r) => guid(r.id)),
    roles,
  );

  const webResources = descendants(customizations, 'WebResource');
  compare(
    problems,
    'web resource',
    rootsOf(COMPONENT_TYPE.webResource).map((r) => r.schemaName ?? ''),
    webResources.map((w) => textOf(w, 'Name') ?? ''),
  );
  const webResourceFiles = new Set<string>();
  for (const webResource of webResources) {
    const file = (textOf(webResource, 'FileName') ?? '').replace(/^\//, '');
    webResourceFiles.add(file);
    if (!files.has(file))
      problems.push(`web resource '${textOf(webResource, 'Name') ?? ''}': its FileName ${file} is not in the zip`);
  }

  const controls = descendants(customizations, 'CustomControl');
  compare(
    problems,
    'custom control',
    rootsOf(COMPONENT_TYPE.customControl).map((r) => r.schemaName ?? ''),
    controls.map((c) => textOf(c, 'Name') ?? ''),
  );
  for (const control of controls) {
    const file = (textOf(control, 'FileName') ?? '').replace(/^\//, '');
    if (!files.has(file))
      problems.push(`custom control '${textOf(control, 'Name') ?? ''}': its FileName ${file} is not in the zip`);
  }

  const steps = descendants(customizations, 'SdkMessageProcessingStep').map((s) =>
    guid(attributeOf(s, 'SdkMessageProcessingStepId')),
  );
  compare(
    problems,
    'step',
    rootsOf(COMPONENT_TYPE.sdkMessageProcessingStep).map((r) => guid(r.id)),
    steps,
  );
  const endpoints = descendants(customizations, 'ServiceEndpoint').map((s) =>
    guid(attributeOf(s, 'ServiceEndpointId')),
  );
  compare(
    problems,
    'service endpoint',
    rootsOf(COMPONENT_TYPE.serviceEndpoint).map((r) => guid(r.id)),
    endpoints,
  );

  const envVarFolders = [...files.keys()]
    .filter((p) => p.startsWith(`${ENV_VAR_FOLDER}/`))
    .map((p) => p.split('/')[1] ?? '');
  const envVarRoots = rootsOf(COMPONENT_TYPE.environmentVariableDefinition).map((r) => r.schemaName ?? '');
  compare(problems, 'environment variable', envVarRoots, [...new Set(envVarFolders)]);
  for (const name of envVarRoots) {
    if (!files.has(`${ENV_VAR_FOLDER}/${name}/${ENV_VAR_FILE}`))
      problems.push(`environment variable '${name}': ${ENV_VAR_FOLDER}/${name}/${ENV_VAR_FILE} is missing`);
  }

  const controlNames = new Set(rootsOf(COMPONENT_TYPE.customControl).map((r) => r.schemaName ?? ''));
  for (const path of files.keys()) {
    if (['solution.xml', 'customizations.xml', CONTENT_TYPES_FILE].includes(path)) continue;
    const [top, name] = path.split('/');
    if (top === ENV_VAR_FOLDER && envVarRoots.includes(name ?? '')) continue;
    if (top === CONTROLS_FOLDER && controlNames.has(name ?? '')) continue;
    if (top === WEB_RESOURCES_FOLDER && webResourceFiles.has(path)) continue;
    problems.push(`${path} belongs to no root component`);
  }
  return problems;
}

function compare(problems: string[], what: string, rooted: readonly string[], present: readonly string[]): void {
  for (const name of rooted)
    if (!present.includes(name))
      problems.push(`solution.xml names ${what} '${name}' as a root component, but the zip does not have it`);
  for (const name of present)
    if (!rooted.includes(name))
      problems.push(`the zip has ${what} '${name}', but solution.xml has no root component for it`);
}
