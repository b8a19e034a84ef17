/** Localized labels: `<displayname description="…" languagecode="1033" />` and their containers. */
import { type ElementRule, empty, many, optional, required, sequence } from './rules';
import { GUID, POSITIVE_INTEGER, TEXT } from './values';

/** One label in one language (FieldXmlFieldUIType). */
export const LABEL = empty({
  id: optional(GUID),
  description: required(TEXT),
  languagecode: required(POSITIVE_INTEGER),
});

/** A container of labels, e.g. `<Descriptions>` of `<Description>`; `min` of them at least. */
export function labelList(item: string, min = 0): ElementRule {
  return sequence([many(item, LABEL, min)]);
}
