/** A rule's label split the way it is stored with a reason: the first language's text, and the others by LCID. */
import type { RuleLabel } from './ScoringModel';

export interface LabelTexts {
  /** In the model's first language. */
  readonly label: string;
  /** In the model's other languages, by LCID (as text, the way JSON keys are); absent when there are none. */
  readonly translations?: Readonly<Record<string, string>>;
}

/** `languages` is the validated model's: its first entry has a text in every object label. */
export function labelTexts(label: RuleLabel, languages: readonly number[]): LabelTexts {
  if (typeof label === 'string') return { label };
  const first = String(languages[0] ?? '');
  const translations: Record<string, string> = {};
  for (const [language, text] of Object.entries(label)) if (language !== first) translations[language] = text;
  const text = label[first] ?? Object.values(label)[0] ?? '';
  return Object.keys(translations).length > 0 ? { label: text, translations } : { label: text };
}
