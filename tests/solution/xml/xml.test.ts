import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SolutionSourceError } from '../../../solution/errors/SolutionSourceError';
import { parseXml } from '../../../solution/xml/parseXml';
import { renderDocument, renderXml } from '../../../solution/xml/renderXml';
import { attributeOf, comment, descendants, el, textEl, textOf } from '../../../solution/xml/XmlNode';

describe('renderXml', () => {
  it('writes like a Dataverse export: indentation, <x />, <x></x>, attributes in order, escaping', () => {
    const xml = renderXml(
      el(
        'Entity',
        { b: '2', a: 'x"<&>' },
        el('Empty'),
        textEl('Path', ''),
        textEl('Name', 'a < b & c'),
        comment(' why '),
        undefined,
      ),
    );
    expect(xml.split('\n')).toEqual([
      '<Entity b="2" a="x&quot;&lt;&amp;&gt;">',
      '  <Empty />',
      '  <Path></Path>',
      '  <Name>a &lt; b &amp; c</Name>',
      '  <!-- why -->',
      '</Entity>',
    ]);
    expect(renderDocument(el('a'), { declaration: true, finalNewline: true })).toBe(
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<a />\n',
    );
  });

  it('refuses mixed content', () => {
    expect(() => renderXml(el('a', {}, 'text', el('b')))).toThrow('<a> mixes text and elements');
  });
});

describe('parseXml', () => {
  it('reads a hand-maintained view back to the same text', () => {
    const path = join(
      __dirname,
      '../../../solution/src/Entities/Lead/SavedQueries/{08733092-9a05-4012-8338-941cc2e91223}.xml',
    );
    const text = readFileSync(path, 'utf8');
    const root = parseXml(text, 'view.xml');
    expect(root.name).toBe('savedqueries');
    expect(descendants(root, 'condition').map((c) => attributeOf(c, 'attribute'))).toEqual([
      'statecode',
      'parentcontactid',
    ]);
    expect(textOf(descendants(root, 'savedquery')[0], 'savedqueryid')).toBe('{08733092-9a05-4012-8338-941cc2e91223}');
    expect(renderDocument(root, { declaration: true, finalNewline: true })).toBe(text);
  });

  it('decodes entities and keeps comments', () => {
    const root = parseXml('<a x="1 &amp; 2"><!-- c --><b>&lt;t&gt;</b></a>', 'x.xml');
    expect(attributeOf(root, 'x')).toBe('1 & 2');
    expect(root.children[0]).toEqual({ kind: 'comment', text: ' c ' });
    expect(textOf(root, 'b')).toBe('<t>');
  });

  it('names the file and line of a document that is not well-formed', () => {
    expect(() => parseXml('<a>\n<b></a>', 'broken.xml')).toThrow(SolutionSourceError);
    expect(() => parseXml('<a>\n<b></a>', 'broken.xml')).toThrow(/^broken\.xml is not well-formed XML: .*line 2/);
    expect(() => parseXml('<a/><b/>', 'two.xml')).toThrow('two.xml');
  });
});
