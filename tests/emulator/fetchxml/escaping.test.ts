import { run, Seeder } from './fixtures';

/**
 * Values reach the engine only through the XML parser, so an escaped quote or angle bracket is a character of the
 * value, never markup: nothing in a value can add a condition or close an element.
 */
const s = new Seeder();
s.contact({ fullname: 'O"Brien <script>' });
s.contact({ fullname: "D'Arcy & Sons" });
s.contact({ fullname: 'Plain' });

const names = (condition: string) =>
  run(
    s,
    `<fetch><entity name="contact"><attribute name="fullname"/><filter>${condition}</filter></entity></fetch>`,
  ).value.map((r) => r.fullname);

describe('FetchXML values are data', () => {
  test('&quot; and &lt; in a value are matched literally', () => {
    expect(names('<condition attribute="fullname" operator="eq" value="O&quot;Brien &lt;script&gt;"/>')).toEqual([
      'O"Brien <script>',
    ]);
    expect(names("<condition attribute='fullname' operator='eq' value='D&apos;Arcy &amp; Sons'/>")).toEqual([
      "D'Arcy & Sons",
    ]);
  });

  test('an escaped attempt to close the value and add a condition matches nothing', () => {
    const injected = 'x&quot; operator=&quot;not-null';
    expect(names(`<condition attribute="fullname" operator="eq" value="${injected}"/>`)).toEqual([]);
    expect(
      names(
        `<condition attribute="fullname" operator="like" value="%&quot;/&gt;&lt;condition attribute=&quot;fullname&quot; operator=&quot;not-null&quot;/&gt;"/>`,
      ),
    ).toEqual([]);
  });

  test('escaped markup inside <value> elements is text too', () => {
    expect(
      names(
        '<condition attribute="fullname" operator="in"><value>Plain</value><value>&lt;/value&gt;&lt;value&gt;Plain</value></condition>',
      ),
    ).toEqual(['Plain']);
    expect(
      names('<condition attribute="fullname" operator="in"><value><![CDATA[O"Brien <script>]]></value></condition>'),
    ).toEqual(['O"Brien <script>']);
  });

  test('numeric character references are decoded like the named ones', () => {
    expect(names('<condition attribute="fullname" operator="eq" value="O&#34;Brien &#x3C;script&#62;"/>')).toEqual([
      'O"Brien <script>',
    ]);
  });

  test.each([
    ['an unescaped quote', 'value="O"Brien"'],
    ['a raw < in an attribute value', 'value="<x>"'],
    ['a bare &', 'value="D\'Arcy & Sons"'],
    ['an undeclared entity', 'value="&nbsp;"'],
    ['a reference to a character XML forbids', 'value="&#0;"'],
  ])('%s is not XML, and is refused', (_label, value) => {
    expect(() => names(`<condition attribute="fullname" operator="eq" ${value}/>`)).toThrow(/^Invalid XML\./);
  });
});
