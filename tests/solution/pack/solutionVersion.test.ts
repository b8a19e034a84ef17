import { checkSolutionVersion, solutionVersionFromPackage } from '../../../solution/pack/solutionVersion';

it('accepts four whole numbers and normalizes leading zeros', () => {
  expect(checkSolutionVersion('1.0.0.0')).toBe('1.0.0.0');
  expect(checkSolutionVersion('01.2.30.2147483647')).toBe('1.2.30.2147483647');
});

it.each(['1.0.0', '1.0.0.0.0', '1.0.a.0', '1.0.0.2147483648', '', '-1.0.0.0'])('refuses %j, naming it', (version) => {
  expect(() => checkSolutionVersion(version)).toThrow(`got '${version}'`);
});

it('turns a package version a.b.c into a.b.c.0', () => {
  expect(solutionVersionFromPackage('0.1.0')).toBe('0.1.0.0');
  expect(solutionVersionFromPackage('3.2.1-beta.4')).toBe('3.2.1.0');
  expect(() => solutionVersionFromPackage('next')).toThrow("package.json's version 'next' is not a.b.c");
});
