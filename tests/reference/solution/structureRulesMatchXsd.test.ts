/**
 * LeadLink's structural checks catch what Microsoft's CustomizationsSolution.xsd catches, for what LeadLink writes:
 * every small change to a packed customizations.xml (remove, duplicate or swap an element, add an unknown element or
 * attribute, remove an attribute, odd values everywhere) is judged the same by both. The XSD is loaded from Microsoft's
 * verbatim folder with the in-memory libxml2 fixes.
 */
import { rmSync } from 'node:fs';
import { schemaPath, validateDocumentsAgainstXsd } from '../../../plugins/segments';
import { buildSolution } from '../../../solution/pack';
import { NEWER_THAN_SCHEMA, schemaView } from '../../../solution/pack/validate/schemaView';
import { customizationsStructureProblems } from '../../../solution/pack/validate/structure';
import { parseXml } from '../../../solution/xml/parseXml';
import { builtControlCopy } from '../../solution/helpers/builtControl';
import { packInputs } from '../../solution/helpers/packInputs';
import { mutationsOf, serialize } from '../support/mutations';
import { schemasDir } from '../support/referenceDir';

const BATCH = 60;

let controlDir: string;
afterAll(() => rmSync(controlDir, { recursive: true, force: true }));

it('judges every mutation of a packed customizations.xml as CustomizationsSolution.xsd does', async () => {
  controlDir = builtControlCopy();
  const files = buildSolution(packInputs(controlDir)).files;
  const good = parseXml((files.get('customizations.xml') as Buffer).toString('utf8'), 'customizations.xml');
  // The elements newer than the 9.0 schema are not in what the XSD sees, so it cannot judge changes to them.
  const newer = new Set(Object.values(NEWER_THAN_SCHEMA).flat());
  const mutations = mutationsOf(good, newer);
  const xsd = schemaPath('CustomizationsSolution.xsd', schemasDir());

  const [goodResult] = await validateDocumentsAgainstXsd([serialize(schemaView(good))], xsd);
  expect(goodResult?.errors).toEqual([]);
  expect(customizationsStructureProblems(good)).toEqual([]);

  const disagreements: string[] = [];
  let rejected = 0;
  for (let start = 0; start < mutations.length; start += BATCH) {
    const batch = mutations.slice(start, start + BATCH);
    const results = await validateDocumentsAgainstXsd(
      batch.map((m) => serialize(schemaView(m.document))),
      xsd,
    );
    batch.forEach((mutation, i) => {
      const byXsd = results[i]?.errors ?? [];
      const ours = customizationsStructureProblems(mutation.document);
      if (byXsd.length > 0) rejected += 1;
      if (byXsd.length > 0 !== ours.length > 0) {
        disagreements.push(
          `${mutation.what}: XSD ${byXsd.length > 0 ? `rejects (${byXsd[0]})` : 'accepts'}, ours ${ours.length > 0 ? `rejects (${ours[0]})` : 'accepts'}`,
        );
      }
    });
  }
  expect(disagreements).toEqual([]);
  // The comparison means something: many mutations, most of them rejected.
  expect(mutations.length).toBeGreaterThan(1000);
  expect(rejected).toBeGreaterThan(mutations.length / 2);
});
