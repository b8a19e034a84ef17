import { join } from 'node:path';
import { PLUGINS } from '../../../plugins/registry';
import { WEB_RESOURCE_SPECS } from '../../../plugins/scoringModel';
import { ENVIRONMENT_VARIABLE_SPECS } from '../../../plugins/settings/environmentVariableSpecs';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import type { SolutionInputs } from '../../../solution/pack';
import { REPO_ROOT } from './builtControl';
import { fixturePlugins } from './fixturePlugins';

/** The repository's real inputs, with the fixture plug-ins beside the registry's so there are steps and images to pack. */
export function packInputs(controlDir: string, overrides: Partial<SolutionInputs> = {}): SolutionInputs {
  return {
    srcDir: join(REPO_ROOT, 'solution', 'src'),
    controlDir,
    tables: LEADLINK_CUSTOMIZATIONS,
    plugins: [...PLUGINS, ...fixturePlugins()],
    environmentVariables: ENVIRONMENT_VARIABLE_SPECS,
    webResources: WEB_RESOURCE_SPECS,
    version: '1.2.3.4',
    managed: false,
    ...overrides,
  };
}
