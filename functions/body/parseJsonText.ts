/**
 * JSON.parse without its message: V8 quotes the text around the error ("Unexpected token … in …"), which would send
 * a sender's bytes (a gzip body, say) back to it and into logs. Only the position is kept.
 */
export function parseJsonText(text: string): { readonly value: unknown } | { readonly problem: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    return { problem: `The body is not valid JSON${position === undefined ? '' : ` (at character ${position})`}.` };
  }
}
