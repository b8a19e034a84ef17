import { ref, run, Seeder } from './fixtures';

/**
 * The segment shape (issue 9): contacts chosen through their leads' fields and their own, as one FetchXML query.
 * The data comes from a seeded generator, and the expected contacts are computed from the generator's plain objects,
 * without the engine.
 */
const NOW = new Date('2026-06-30T12:00:00Z');
const DAY = 86_400_000;
const TOPIC = 'Contoso Ltd Conference';

interface PlainContact {
  id: string;
  fullname: string;
  accountrolecode: number | null;
  donotbulkemail: boolean;
  statecode: number;
}
interface PlainLead {
  parent: string | null;
  subject: string;
  createdOn: number;
}

/** mulberry32, a small seeded generator: the same data on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

function build() {
  const s = new Seeder();
  const pick = generator(42);
  const contacts: PlainContact[] = [];
  const leads: PlainLead[] = [];
  for (let i = 0; i < 120; i++) {
    const roles = [1, 2, 3, null] as const;
    const c = {
      fullname: `Contact ${String(i).padStart(3, '0')}`,
      accountrolecode: roles[pick(4)] ?? null,
      donotbulkemail: pick(5) === 0,
      statecode: pick(8) === 0 ? 1 : 0,
    };
    contacts.push({ id: s.contact(c), ...c });
  }
  for (let i = 0; i < 300; i++) {
    const parent = pick(10) === 0 ? null : (contacts[pick(contacts.length)]?.id ?? null);
    const subject = pick(3) === 0 ? 'Spring Webinar' : TOPIC;
    const createdOn = NOW.getTime() - pick(60) * DAY - pick(DAY);
    leads.push({ parent, subject, createdOn });
    s.insert('lead', {
      subject,
      createdon: new Date(createdOn).toISOString(),
      ...(parent ? { parentcontactid: ref('contact', parent) } : {}),
    });
  }
  return { s, contacts, leads };
}

const { s, contacts, leads } = build();

const segmentXml = `<fetch distinct="true">
  <entity name="contact">
    <attribute name="contactid"/>
    <attribute name="fullname"/>
    <order attribute="fullname"/>
    <filter type="and">
      <condition attribute="accountrolecode" operator="eq" value="1"/>
      <condition attribute="donotbulkemail" operator="ne" value="1"/>
      <condition attribute="statecode" operator="eq" value="0"/>
    </filter>
    <link-entity name="lead" from="parentcontactid" to="contactid" link-type="inner">
      <filter type="and">
        <condition attribute="subject" operator="eq" value="${TOPIC}"/>
        <condition attribute="createdon" operator="last-x-days" value="30"/>
      </filter>
    </link-entity>
  </entity>
</fetch>`;

describe('the segment query: contacts through their leads', () => {
  test('returns exactly the decision makers, reachable by bulk email and active, with a recent conference lead', () => {
    const startOfWindow = Date.UTC(2026, 5, 30) - 30 * DAY;
    const expected = contacts
      .filter((c) => c.accountrolecode === 1 && !c.donotbulkemail && c.statecode === 0)
      .filter((c) =>
        leads.some(
          (l) =>
            l.parent === c.id && l.subject === TOPIC && l.createdOn >= startOfWindow && l.createdOn <= NOW.getTime(),
        ),
      )
      .map((c) => c.fullname)
      .sort();
    const actual = run(s, segmentXml, { now: () => NOW }).value.map((r) => String(r.fullname));
    expect(expected.length).toBeGreaterThan(3);
    expect(actual).toEqual(expected);
  });

  test('the same query without distinct repeats contacts with several matching leads', () => {
    const result = run(s, segmentXml.replace('<fetch distinct="true">', '<fetch>'), { now: () => NOW });
    const ids = result.value.map((r) => r.contactid);
    expect(ids.length).toBeGreaterThan(new Set(ids).size);
  });
});
