/**
 * Segment FetchXML against Microsoft's Fetch.xsd (from the verbatim schema download, fixed in memory for libxml2):
 * the operator table, every operator on every column type, the example segments — and LeadLink's FetchXML rules
 * judge every change to a compiled segment as Fetch.xsd does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  compileSegment,
  fetchXsdPath,
  OPERATOR_NAMES,
  parseSegmentDefinition,
  validateDocumentsAgainstXsd,
  validateFetchXml,
} from '../../../plugins/segments';
import { fetchXmlStructureProblems } from '../../../solution/pack/validate/structure';
import { parseXml } from '../../../solution/xml/parseXml';
import { metadata } from '../../plugins/segments/helpers/segmentMetadataFixture';
import type { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import { clientFor, SEGMENTS_FOLDER, segmentFile } from '../../integration/segments/helpers/client';
import { mutationsOf, serialize } from '../support/mutations';
import { schemasDir } from '../support/referenceDir';

const xsdOperators = (): string[] => {
  const xsd = readFileSync(fetchXsdPath(schemasDir()), 'utf8');
  const enumeration = /<xs:simpleType name="operator">([\s\S]*?)<\/xs:simpleType>/.exec(xsd)?.[1] ?? '';
  return [...enumeration.matchAll(/<xs:enumeration value="([^"]+)"/g)].map((match) => match[1] ?? '');
};

const condition = (operator: string) =>
  `<fetch><entity name="lead"><filter><condition attribute="subject" operator="${operator}" /></filter></entity></fetch>`;

it("the segment operators are all in Fetch.xsd's operator enumeration, and FetchXML's rules accept every member", () => {
  const allowed = xsdOperators();
  expect(allowed.length).toBeGreaterThan(50);
  expect(OPERATOR_NAMES.filter((operator) => !allowed.includes(operator))).toEqual([]);
  for (const operator of allowed)
    expect([operator, fetchXmlStructureProblems(parseXml(condition(operator), 'f'))]).toEqual([operator, []]);
});

const seed = compileSegment(
  parseSegmentDefinition(
    {
      name: 'Conference decision makers',
      lead: {
        type: 'or',
        conditions: [
          { column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' },
          { column: 'createdon', operator: 'last-x-days', value: 30 },
          { column: 'leadsourcecode', operator: 'in', value: [1, 8] },
        ],
      },
      contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 1 }] },
    },
    metadata,
  ),
);
const queries = [
  seed.fetchXml,
  seed.countFetchXml,
  seed.baseCountFetchXml,
  ...seed.exclusions.flatMap((e) => [e.removedCountFetchXml, e.onlyThisCountFetchXml]),
];

it('a compiled segment and all its count queries are valid against Fetch.xsd', async () => {
  for (const query of queries)
    expect(await validateFetchXml(query, { schemasDir: schemasDir() })).toEqual({ valid: true, errors: [] });
});

describe('the example segments', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  beforeAll(async () => {
    emulator = await new Emulator({ seed: 'demo' }).start();
    client = clientFor(emulator);
  });
  afterAll(async () => {
    client.close();
    await emulator.stop();
  });

  it.each(readdirSync(SEGMENTS_FOLDER).filter((f) => f.endsWith('.json')))(
    '%s compiles to FetchXML valid against Fetch.xsd',
    async (file) => {
      const compiled = compileSegment(await segmentFile(client, file));
      for (const xml of [
        compiled.fetchXml,
        compiled.countFetchXml,
        ...compiled.exclusions.map((e) => e.onlyThisCountFetchXml),
      ])
        expect(await validateFetchXml(xml, { schemasDir: schemasDir() })).toEqual({ valid: true, errors: [] });
    },
  );
});

it("judges every change to a compiled segment's FetchXML as Fetch.xsd does", async () => {
  const xsd = fetchXsdPath(schemasDir());
  const disagreements: string[] = [];
  let total = 0;
  for (const query of [seed.fetchXml, seed.countFetchXml]) {
    const mutations = mutationsOf(parseXml(query, 'FetchXML'));
    total += mutations.length;
    const results = await validateDocumentsAgainstXsd(
      mutations.map((m) => serialize(m.document)),
      xsd,
    );
    mutations.forEach((mutation, i) => {
      const byXsd = results[i]?.errors ?? [];
      const ours = fetchXmlStructureProblems(mutation.document);
      if (byXsd.length > 0 !== ours.length > 0)
        disagreements.push(`${mutation.what}: XSD ${byXsd[0] ?? 'accepts'}, ours ${ours[0] ?? 'accepts'}`);
    });
  }
  expect(disagreements).toEqual([]);
  expect(total).toBeGreaterThan(200);
});
