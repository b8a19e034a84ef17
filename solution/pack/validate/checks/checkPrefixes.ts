import { OPTION_VALUE_PREFIX, PUBLISHER_PREFIX } from '../../../../schema/leadlink';
import { attributeOf, childElements, descendants, firstChild, textOf } from '../../../xml/XmlNode';
import type { ParsedSolution } from './ParsedSolution';

const PREFIX = `${PUBLISHER_PREFIX}_`;
/** Option values of a publisher are its five-digit prefix followed by four digits (e.g. 742100000). */
const OPTION_VALUE = new RegExp(`^${OPTION_VALUE_PREFIX}\\d{4}$`);

/**
 * Everything LeadLink adds carries its publisher's prefix: new tables, custom columns, custom relationships,
 * alternate keys, the web resources, the control and the environment variables; new choice values use the option
 * value prefix.
 */
export function checkPrefixes({ customizations, files }: ParsedSolution): string[] {
  const problems: string[] = [];
  const need = (what: string, name: string | undefined) => {
    if (!(name ?? '').toLowerCase().startsWith(PREFIX))
      problems.push(`${what} '${name ?? ''}' does not start with '${PREFIX}'`);
  };
  for (const entity of descendants(customizations, 'EntityInfo').flatMap((info) => childElements(info, 'entity'))) {
    const table = attributeOf(entity, 'Name') ?? '';
    if (attributeOf(entity, 'unmodified') !== '1') need('table', table);
    for (const attribute of childElements(firstChild(entity, 'attributes') ?? entity, 'attribute')) {
      if (textOf(attribute, 'IsCustomField') === '1')
        need(`column of ${table}`, attribute.attributes.find(([k]) => k === 'PhysicalName')?.[1]);
      const optionSet = firstChild(attribute, 'optionset');
      if (optionSet && textOf(optionSet, 'OptionSetType') === 'picklist') {
        for (const option of descendants(optionSet, 'option')) {
          const value = attributeOf(option, 'value') ?? '';
          if (!OPTION_VALUE.test(value))
            problems.push(
              `choice '${attributeOf(optionSet, 'Name') ?? ''}': option value ${value} does not use the prefix ${OPTION_VALUE_PREFIX}`,
            );
        }
      }
    }
    for (const key of descendants(entity, 'EntityKey')) need(`alternate key of ${table}`, textOf(key, 'Name'));
  }
  for (const relationship of descendants(customizations, 'EntityRelationship')) {
    // Custom relationships carry navigation roles; the system ones (owner_, lk_…) of a new table do not.
    if (firstChild(relationship, 'EntityRelationshipRoles')) need('relationship', attributeOf(relationship, 'Name'));
  }
  for (const control of descendants(customizations, 'CustomControl')) need('custom control', textOf(control, 'Name'));
  for (const webResource of descendants(customizations, 'WebResource'))
    need('web resource', textOf(webResource, 'Name'));
  for (const path of files.keys()) {
    const [top, name] = path.split('/');
    if (top === 'environmentvariabledefinitions') need('environment variable', name);
  }
  return [...new Set(problems)];
}
