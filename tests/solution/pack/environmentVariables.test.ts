import { ENVIRONMENT_VARIABLE_SPECS } from '../../../plugins/settings/environmentVariableSpecs';
import { ENV_VAR_TYPE } from '../../../schema/environmentVariables';
import { PackError } from '../../../solution/pack';
import {
  defaultValueProblem,
  environmentVariableFiles,
  MAX_DEFAULT_VALUE,
} from '../../../solution/pack/components/environmentVariables';

const spec = (
  type: (typeof ENV_VAR_TYPE)[keyof typeof ENV_VAR_TYPE],
  defaultValue: string,
  schemaName = 'leadlink_Test',
) => ({
  schemaName,
  displayName: 'Test',
  description: 'A test variable',
  type,
  defaultValue,
});

it("writes every spec the code reads, one definition file each, in the export's element order", () => {
  const { files, rootComponents } = environmentVariableFiles(ENVIRONMENT_VARIABLE_SPECS);
  expect([...files.keys()]).toEqual(
    ENVIRONMENT_VARIABLE_SPECS.map(
      (s) => `environmentvariabledefinitions/${s.schemaName}/environmentvariabledefinition.xml`,
    ),
  );
  expect(rootComponents.map((r) => [r.type, r.schemaName])).toEqual(
    ENVIRONMENT_VARIABLE_SPECS.map((s) => [380, s.schemaName]),
  );
  const text = [...files.values()][0] as string;
  const order = [...text.matchAll(/^ {2}<([a-z]+)/gm)].map((m) => m[1]);
  expect(order).toEqual([
    'defaultvalue',
    'description',
    'displayname',
    'introducedversion',
    'iscustomizable',
    'isrequired',
    'secretstore',
    'type',
  ]);
  expect(text).toContain('\r\n');
});

it('fits every shipped default into what Dataverse keeps', () => {
  for (const s of ENVIRONMENT_VARIABLE_SPECS)
    expect([s.schemaName, defaultValueProblem(s)]).toEqual([s.schemaName, undefined]);
});

it.each([
  [spec(ENV_VAR_TYPE.boolean, 'true'), "a Boolean default must be 'yes' or 'no', got 'true'"],
  [spec(ENV_VAR_TYPE.number, 'ten'), "a Number default must be a number, got 'ten'"],
  [spec(ENV_VAR_TYPE.json, '{"a":'), 'a JSON default must parse'],
  [spec(ENV_VAR_TYPE.string, 'x'.repeat(MAX_DEFAULT_VALUE + 1)), `Dataverse keeps at most ${MAX_DEFAULT_VALUE}`],
  [spec(ENV_VAR_TYPE.string, 'x', 'new_Test'), "must start with the publisher prefix 'leadlink_'"],
])('refuses %#: %s', (bad, message) => {
  expect(() => environmentVariableFiles([bad])).toThrow(PackError);
  expect(() => environmentVariableFiles([bad])).toThrow(message);
});
