import { OPTION_VALUE_PREFIX, PUBLISHER_PREFIX } from '../../../../schema/leadlink';
import { firstChild, textOf } from '../../../xml/XmlNode';
import type { ParsedSolution } from './ParsedSolution';

const VERSION = /^\d{1,10}\.\d{1,10}\.\d{1,10}\.\d{1,10}$/;

/** solution.xml has no XSD: its version, package type and publisher are checked here. */
export function checkManifest({ solution }: ParsedSolution): string[] {
  const problems: string[] = [];
  const manifest = firstChild(solution, 'SolutionManifest');
  if (!manifest) return ['solution.xml: no <SolutionManifest>'];
  if (!textOf(manifest, 'UniqueName')) problems.push('solution.xml: <UniqueName> is empty');
  const version = textOf(manifest, 'Version') ?? '';
  if (!VERSION.test(version) || version.split('.').some((p) => Number(p) > 2147483647)) {
    problems.push(`solution.xml: <Version> '${version}' is not four whole numbers a.b.c.d`);
  }
  const managed = textOf(manifest, 'Managed');
  if (managed !== '0' && managed !== '1')
    problems.push(`solution.xml: <Managed> is '${managed ?? ''}', expected 0 or 1`);
  const publisher = firstChild(manifest, 'Publisher');
  if (textOf(publisher, 'CustomizationPrefix') !== PUBLISHER_PREFIX) {
    problems.push(`solution.xml: the publisher's CustomizationPrefix must be '${PUBLISHER_PREFIX}'`);
  }
  if (textOf(publisher, 'CustomizationOptionValuePrefix') !== String(OPTION_VALUE_PREFIX)) {
    problems.push(`solution.xml: the publisher's CustomizationOptionValuePrefix must be ${OPTION_VALUE_PREFIX}`);
  }
  return problems;
}
