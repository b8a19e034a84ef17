/** Turns a JSON pointer (`/rules/2/points`) into the path people read in messages (`rules[2].points`). */
export function formatPath(pointer: string, child?: string | number): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
  if (child !== undefined) segments.push(String(child));
  return segments.reduce<string>((path, segment) => path + formatSegment(segment, path === ''), '');
}

function formatSegment(segment: string, first: boolean): string {
  if (/^\d+$/.test(segment)) return `[${segment}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(segment)) return first ? segment : `.${segment}`;
  return `[${JSON.stringify(segment)}]`;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
