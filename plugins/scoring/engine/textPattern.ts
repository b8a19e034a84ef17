/**
 * A rule's URL or campaign filter, case-insensitive: with `*` it is a glob over the whole text (`*` = any run of
 * characters; `?` is literal, since URLs carry it), otherwise a substring.
 */
export type TextMatcher = (text: unknown) => boolean;

export function textMatcher(pattern: string): TextMatcher {
  const lower = pattern.toLowerCase();
  if (!lower.includes('*')) {
    return (text) => typeof text === 'string' && text.toLowerCase().includes(lower);
  }
  const source = lower.split('*').map(escapeRegExp).join('.*');
  const glob = new RegExp(`^${source}$`, 's');
  return (text) => typeof text === 'string' && glob.test(text.toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
