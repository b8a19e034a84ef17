import { type DcKeyValue, type DcSharedVariable, type DcStringPair, DC_TYPE } from './dataContractShapes';
import type { SharedVariableInput } from './RemoteExecutionContextInput';

/**
 * SharedVariables as written: plain values stay plain; a string map becomes KeyValuePairOfstringstring items, the
 * way the docs sample writes ChangedEntityTypes (table → message).
 */
export function sharedVariablesOf(
  variables: Readonly<Record<string, SharedVariableInput>>,
): DcKeyValue<DcSharedVariable>[] {
  return Object.entries(variables).map(([key, value]) => ({ key, value: sharedVariable(value) }));
}

function sharedVariable(value: SharedVariableInput): DcSharedVariable {
  if (value === null || typeof value !== 'object') return value;
  return Object.entries(value).map(([key, text]): DcStringPair => ({ __type: DC_TYPE.stringPair, key, value: text }));
}
