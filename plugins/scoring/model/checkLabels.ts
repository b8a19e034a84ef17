/**
 * Labels by language must be in the model's languages, and each must have the first language: it is what the panel
 * shows a user whose language has no label, and what a single-language reader (an older panel) shows everyone.
 * Skips what the schema check already rejected.
 */
import type { ScoringModelProblem } from '../errors/ScoringModelError';
import { formatPath } from './formatPath';
import { isRecord } from './isRecord';
import { DEFAULT_LANGUAGE } from './limits';

export function checkLabels(languages: unknown, rules: unknown, fieldRules: unknown): ScoringModelProblem[] {
  const declared = Array.isArray(languages) ? languages.filter((l): l is number => Number.isInteger(l)) : [];
  const known = declared.length > 0 ? declared : [DEFAULT_LANGUAGE];
  const first = known[0] ?? DEFAULT_LANGUAGE;
  const problems: ScoringModelProblem[] = [];
  const visit = (list: unknown, name: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((rule: unknown, index) => {
      const label = isRecord(rule) ? rule['label'] : undefined;
      if (!isRecord(label)) return;
      const path = `${name}[${index}].label`;
      for (const key of Object.keys(label)) {
        if (!known.includes(Number(key)) || !/^[1-9]\d*$/.test(key)) {
          problems.push({
            path: formatPath(`/${name}/${index}/label`, key),
            message: `${JSON.stringify(key)} is not one of the model's languages (${known.join(', ')}); add it to "languages" or correct it`,
          });
        }
      }
      if (typeof label[String(first)] !== 'string') {
        problems.push({
          path,
          message: `has no text in ${first}, the model's first language (shown when the user's language has none)`,
        });
      }
    });
  };
  visit(rules, 'rules');
  visit(fieldRules, 'fieldRules');
  return problems;
}
