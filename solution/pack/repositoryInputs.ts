import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGINS } from '../../plugins/registry';
import { findRepoRoot } from '../../plugins/segments';
import { WEB_RESOURCE_SPECS } from '../../plugins/scoringModel';
import { ENVIRONMENT_VARIABLE_SPECS } from '../../plugins/settings/environmentVariableSpecs';
import { LEADLINK_CUSTOMIZATIONS } from '../../schema/customizations';
import type { SolutionInputs } from './buildSolution';
import { checkSolutionVersion, solutionVersionFromPackage } from './solutionVersion';

/** Where the built control is, relative to the repository root (pcf-controls/pcfconfig.json's outDir). */
export const CONTROL_OUTPUT = ['pcf-controls', 'out', 'controls', 'MarketingInsightsPanel'] as const;

/** The inputs of `leadlink pack` from this repository: its sources, registry, schema and built control. */
export function repositoryInputs(options: {
  readonly managed: boolean;
  readonly version?: string;
  readonly repoRoot?: string;
}): SolutionInputs {
  const root = options.repoRoot ?? findRepoRoot();
  const packageVersion =
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  return {
    srcDir: join(root, 'solution', 'src'),
    controlDir: join(root, ...CONTROL_OUTPUT),
    tables: LEADLINK_CUSTOMIZATIONS,
    plugins: PLUGINS,
    environmentVariables: ENVIRONMENT_VARIABLE_SPECS,
    webResources: WEB_RESOURCE_SPECS,
    version:
      options.version !== undefined
        ? checkSolutionVersion(options.version)
        : solutionVersionFromPackage(packageVersion),
    managed: options.managed,
  };
}
