/**
 * Microsoft's schemas (the download linked from
 * https://learn.microsoft.com/power-apps/developer/data-platform/customization-solutions-file-schema) were written for
 * .NET's validator. libxml2, which LeadLink validates with, keeps to the XML Schema standard and refuses four things
 * in them. These fixes are applied in memory as the files are read, so users pass Microsoft's folder unchanged; a
 * file that needs none (or was fixed already) is returned as it was.
 */

/** `pattern` facets with .NET-only regular expression features made standard (XML Schema Part 2, appendix F). */
function fixPattern(pattern: string): string {
  return (
    pattern
      // A negative lookahead `(?!…)` does not exist in XML Schema: dropped, so the pattern accepts a little more.
      .replace(/\(\?![^()]*\)/g, '')
      // Patterns always match the whole value; `^` and `$` are ordinary characters, so "^1.0$" would need them.
      .replace(/^\^/, '')
      .replace(/(?<!\\)\$$/, '')
      // `\$` is no escape XML Schema knows (`$` needs none).
      .replace(/\\\$/g, '$')
  );
}

function fixPatterns(schema: string): string {
  return schema.replace(
    /(<xs:pattern\s+value\s*=\s*)(["'])(.*?)\2/g,
    (_match, start: string, quote: string, pattern: string) => `${start}${quote}${fixPattern(pattern)}${quote}`,
  );
}

/**
 * FormXml.xsd's `<parameters>` of a form control is a choice among overlapping choices, which breaks the rule that
 * each element matches one particle only (XML Schema Part 1, "Unique Particle Attribution"); libxml2 refuses to load
 * such a schema. Its content is left unchecked instead. LeadLink writes no forms, so nothing it writes loses a check.
 */
function relaxFormControlParameters(schema: string): string {
  const starts = [...schema.matchAll(/<xs:element\s+name\s*=\s*"parameters"/g)].map((m) => m.index);
  // From the last, so earlier positions stay where they were.
  return starts.reverse().reduce((text, start) => {
    const end = endOfElement(text, start);
    if (!text.slice(start, end).includes('<xs:choice')) return text;
    return text.slice(0, start) + RELAXED_PARAMETERS + text.slice(end);
  }, schema);
}

const RELAXED_PARAMETERS =
  '<xs:element name="parameters" minOccurs="0" maxOccurs="1"><xs:complexType><xs:sequence>' +
  '<xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded" /></xs:sequence></xs:complexType></xs:element>';

/** The index just past the `</xs:element>` that closes the declaration starting at `start`. */
function endOfElement(schema: string, start: number): number {
  const tags = /<(\/?)xs:element\b[^>]*?(\/?)>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(schema); tag; tag = tags.exec(schema)) {
    if (tag[1] === '/') depth -= 1;
    else if (tag[2] !== '/') depth += 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return schema.length;
}

/** One of Microsoft's schema files as libxml2 can load it (and without a byte order mark). */
export function fixSchemaForLibxml2(fileName: string, contents: string): string {
  const text = contents.replace(/^\uFEFF/, '');
  const patterns = fixPatterns(text);
  return /^formxml\.xsd$/i.test(fileName) ? relaxFormControlParameters(patterns) : patterns;
}
