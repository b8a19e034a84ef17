import type { ODataRecord } from '../../../dataverse';
import { parseLeadMatchingStrategy } from '../../../plugins/settings/leadMatchingStrategies';
import { parseFlag } from '../../../plugins/settings/parseFlag';
import { resolveSettingValues } from '../../../plugins/settings/resolveSettingValues';
import { ENV_VARS, type EnvironmentVariableSpec } from '../../../schema/environmentVariables';
import { ENVIRONMENT_VARIABLE } from '../../../schema/names';
import { check, type CheckResult } from '../CheckResult';
import { FIX } from '../format/fixes';
import type { Read } from '../read/Read';
import type { ScoringModelState } from '../read/readScoringModel';

const G = 'settings';
/** Long values (the scoring model) are summarized, not printed. */
const SHOWN = 60;

export interface SettingsInput {
  readonly specs: readonly EnvironmentVariableSpec[];
  readonly definitions: Read<readonly ODataRecord[]>;
  /** Undefined when the definitions could not be read. */
  readonly scoringModel: ScoringModelState | undefined;
}

/** LeadLink's environment variables: defined, their values, the switch, the model and the matching strategy. */
export function settingsChecks(input: SettingsInput): CheckResult[] {
  if (!input.definitions.ok) {
    return [
      check(G, 'settings.defined', 'error', 'The environment variables cannot be read', [input.definitions.error]),
    ];
  }
  const rows = input.definitions.value;
  const values = resolveSettingValues(rows).texts;
  const defined = new Set(rows.map((r) => String(r[ENVIRONMENT_VARIABLE.schemaName] ?? '').toLowerCase()));
  const missing = input.specs.filter((s) => !defined.has(s.schemaName.toLowerCase()));
  const results: CheckResult[] = [
    missing.length === 0
      ? check(
          G,
          'settings.defined',
          'pass',
          `All ${input.specs.length} environment variables are defined`,
          currentValues(input.specs, rows),
        )
      : check(
          G,
          'settings.defined',
          'fail',
          `${missing.length} environment variables are not defined`,
          missing.map((s) => s.schemaName),
          FIX.importSolution,
        ),
  ];
  results.push(switchCheck(values.get(ENV_VARS.orphanLeadContactCreation)));
  results.push(modelCheck(input.scoringModel));
  results.push(strategyCheck(values.get(ENV_VARS.leadMatchingStrategy)));
  return results;
}

function currentValues(specs: readonly EnvironmentVariableSpec[], rows: readonly ODataRecord[]): string[] {
  return specs.map((spec) => {
    const row = rows.find(
      (r) => String(r[ENVIRONMENT_VARIABLE.schemaName]).toLowerCase() === spec.schemaName.toLowerCase(),
    );
    const expanded = row?.[ENVIRONMENT_VARIABLE.valuesNav];
    const current = Array.isArray(expanded)
      ? (expanded as ODataRecord[]).map((v) => v[ENVIRONMENT_VARIABLE.value]).find((v) => typeof v === 'string')
      : undefined;
    const text = typeof current === 'string' ? current : row?.[ENVIRONMENT_VARIABLE.defaultValue];
    const source = typeof current === 'string' ? 'current value' : 'default';
    return `${spec.schemaName} = ${describe(text)} (${source})`;
  });
}

function describe(value: unknown): string {
  if (typeof value !== 'string') return '(none)';
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length <= SHOWN ? `'${oneLine}'` : `${value.length} characters`;
}

function switchCheck(text: string | undefined): CheckResult {
  const id = 'settings.contactCreation';
  const name = ENV_VARS.orphanLeadContactCreation;
  let on: boolean;
  try {
    on = parseFlag(name, text);
  } catch (error) {
    return check(G, id, 'fail', `${name} is not yes or no`, [(error as Error).message], FIX.environmentVariable(name));
  }
  return on
    ? check(G, id, 'pass', `Contact creation is on (${name})`)
    : check(
        G,
        id,
        'warn',
        `Contact creation is off: orphan leads get no contact (${name})`,
        [],
        FIX.environmentVariable(name),
      );
}

function modelCheck(state: ScoringModelState | undefined): CheckResult {
  const id = 'settings.scoringModel';
  const name = ENV_VARS.scoringModel;
  if (!state) return check(G, id, 'error', `${name} cannot be read`);
  if (!state.valid)
    return check(
      G,
      id,
      'fail',
      `The scoring model in force (${state.source ?? name}) is not valid`,
      state.problems,
      FIX.scoringModel,
    );
  const model = state.model;
  return check(
    G,
    id,
    'pass',
    `The scoring model (${state.source}) is valid: ${model.rules.length} behaviour rules, ${model.fieldRules.length} field rules, sales-ready at ${model.salesReadyScore}`,
  );
}

function strategyCheck(text: string | undefined): CheckResult {
  const id = 'settings.matchingStrategy';
  const name = ENV_VARS.leadMatchingStrategy;
  try {
    return check(G, id, 'pass', `Landing-page lead matching: ${parseLeadMatchingStrategy(text)}`);
  } catch (error) {
    return check(
      G,
      id,
      'fail',
      `${name} names no known strategy`,
      [(error as Error).message],
      FIX.environmentVariable(name),
    );
  }
}
