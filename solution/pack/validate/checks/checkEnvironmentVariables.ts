import { ENV_VAR_TYPE } from '../../../../schema/environmentVariables';
import { parseXml } from '../../../xml/parseXml';
import { attributeOf, firstChild, textOf } from '../../../xml/XmlNode';
import { defaultValueProblem, ENV_VAR_FILE, ENV_VAR_FOLDER } from '../../components/environmentVariables';
import type { ParsedSolution } from './ParsedSolution';

const TYPES = new Set<number>(Object.values(ENV_VAR_TYPE));

/** Environment variable definitions have no XSD: each file parses, names its folder, has a known type and a default LeadLink can read. */
export function checkEnvironmentVariables({ files }: ParsedSolution): string[] {
  const problems: string[] = [];
  for (const [path, bytes] of files) {
    const [top, folder, file] = path.split('/');
    if (top !== ENV_VAR_FOLDER) continue;
    if (file !== ENV_VAR_FILE) {
      problems.push(`${path}: only ${ENV_VAR_FILE} belongs in an environment variable's folder`);
      continue;
    }
    let root;
    try {
      root = parseXml(bytes.toString('utf8'), path);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const schemaName = attributeOf(root, 'schemaname');
    if (root.name !== 'environmentvariabledefinition' || schemaName !== folder) {
      problems.push(`${path}: the root must be <environmentvariabledefinition schemaname="${folder ?? ''}">`);
    }
    const type = Number(textOf(root, 'type'));
    if (!TYPES.has(type)) {
      problems.push(
        `${path}: <type> ${textOf(root, 'type') ?? '(none)'} is not one LeadLink uses (${[...TYPES].join(', ')})`,
      );
      continue;
    }
    const displayName = firstChild(root, 'displayname');
    if (!displayName || !attributeOf(displayName, 'default')) problems.push(`${path}: no <displayname default="…">`);
    const defaultValue = textOf(root, 'defaultvalue');
    if (defaultValue !== undefined) {
      const problem = defaultValueProblem({ type, defaultValue });
      if (problem) problems.push(`${path}: ${problem}`);
    }
  }
  return problems;
}
