/**
 * The sdkmessage ids the emulator declares as documented are the ones real exported webhook steps carry (the unpacked
 * solution in the public CSE-Neutrino/dataverse-serviceendpoint-sample repository,
 * deployment/solutions/RegisterServiceEndpointsSolution/SdkMessageProcessingSteps/): each step names its message
 * ("…: Create of account") and its SdkMessageId.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STANDARD_MESSAGES } from '../../../emulator/metadata/standardMessages';
import { referencePath } from '../support/referenceDir';

function messageIdsInReferenceSteps(): Map<string, string> {
  const dir = referencePath('solution-examples', 'cse-neutrino-serviceendpoint-unpacked', 'SdkMessageProcessingSteps');
  const ids = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const xml = readFileSync(join(dir, file), 'utf8');
    const name = /Name="[^"]*: (\w+) of /.exec(xml)?.[1];
    const id = /<SdkMessageId>([^<]+)<\/SdkMessageId>/.exec(xml)?.[1];
    if (name && id) ids.set(name, id.toLowerCase());
  }
  return ids;
}

it('use the ids real exported steps carry', () => {
  const reference = messageIdsInReferenceSteps();
  expect([...reference.keys()].sort()).toEqual(['Create', 'Delete', 'Update']);
  for (const [name, id] of reference) {
    expect(STANDARD_MESSAGES.find((m) => m.name === name)).toMatchObject({ id, idSource: 'documented' });
  }
});
