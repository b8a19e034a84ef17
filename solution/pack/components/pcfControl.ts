import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { PUBLISHER_PREFIX } from '../../../schema/leadlink';
import { ControlNotBuiltError } from '../../errors/ControlNotBuiltError';
import { SolutionSourceError } from '../../errors/SolutionSourceError';
import { parseXml } from '../../xml/parseXml';
import { attributeOf, descendants, el, firstChild, textEl, type XmlElement } from '../../xml/XmlNode';
import { COMPONENT_TYPE, type RootComponent } from '../RootComponent';

export const CONTROLS_FOLDER = 'Controls';
export const CONTROL_MANIFEST = 'ControlManifest.xml';

export interface ControlComponents {
  /** `<publisher prefix>_<namespace>.<constructor>`, e.g. leadlink_LeadLink.MarketingInsightsPanel. */
  readonly name: string;
  /** Zip path → bytes, under Controls/<name>/. */
  readonly files: ReadonlyMap<string, Buffer>;
  readonly customControl: XmlElement;
  readonly rootComponent: RootComponent;
}

/**
 * Takes a control as pcf-scripts built it (out/controls/<Constructor>/) into the solution the way pac does
 * (microsoft/PowerApps-Samples,
 * component-framework/CodeInterpreterControl/solutions/CodeInterpreterControlSolution.zip): every file under
 * Controls/<prefix>_<namespace>.<constructor>/, the manifest unchanged, and a CustomControl naming it.
 */
export function pcfControl(controlDir: string): ControlComponents {
  const manifestPath = join(controlDir, CONTROL_MANIFEST);
  if (!existsSync(manifestPath)) throw new ControlNotBuiltError(controlDir);
  const manifest = parseXml(readFileSync(manifestPath, 'utf8'), manifestPath);
  const control = manifest.name === 'manifest' ? firstChild(manifest, 'control') : undefined;
  const namespace = control && attributeOf(control, 'namespace');
  const constructor = control && attributeOf(control, 'constructor');
  if (!control || !namespace || !constructor) {
    throw new SolutionSourceError(manifestPath, 'has no <manifest><control namespace constructor>');
  }
  if (!firstChild(control, 'built-by')) {
    throw new ControlNotBuiltError(controlDir, `${manifestPath} is the source manifest, not the one the build writes`);
  }
  const name = `${PUBLISHER_PREFIX}_${namespace}.${constructor}`;
  const files = new Map<string, Buffer>();
  for (const file of listFiles(controlDir)) {
    files.set(posix.join(CONTROLS_FOLDER, name, file), readFileSync(join(controlDir, ...file.split('/'))));
  }
  const resources = firstChild(control, 'resources');
  for (const resource of resources
    ? [
        ...descendants(resources, 'code'),
        ...descendants(resources, 'css'),
        ...descendants(resources, 'resx'),
        ...descendants(resources, 'img'),
      ]
    : []) {
    const path = attributeOf(resource, 'path');
    if (path && !files.has(posix.join(CONTROLS_FOLDER, name, path))) {
      throw new ControlNotBuiltError(controlDir, `the manifest names ${path}, which the build output does not have`);
    }
  }
  return {
    name,
    files,
    customControl: el(
      'CustomControl',
      {},
      textEl('Name', name),
      textEl('FileName', `/${CONTROLS_FOLDER}/${name}/${CONTROL_MANIFEST}`),
    ),
    rootComponent: { type: COMPONENT_TYPE.customControl, schemaName: name, behavior: 0 },
  };
}

/** Every file below a folder, as sorted forward-slash paths relative to it. */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}
