/**
 * A preview as a person reads it in a terminal: the count, a small table of the first contacts, and a table of what
 * each exclusion removed. Values from Dataverse are printed with control characters replaced, so a name cannot carry
 * terminal escape sequences.
 */
import { describeCount } from './segmentCount';
import type { SegmentPreview } from './previewSegment';

/** Names and addresses wider than this are cut with an ellipsis so that a row stays on one line. */
const MAX_CELL = 48;

export function formatSegmentPreview(preview: SegmentPreview): string {
  const title = preview.name === undefined ? 'Segment' : `Segment "${printable(preview.name)}"`;
  const lines = [
    `${title}: ${describeCount(preview.count)} contact${preview.count === 1 ? '' : 's'} ` +
      `(${describeCount(preview.countBeforeExclusions)} before exclusions)`,
    '',
  ];
  if (preview.contacts.length === 0) {
    lines.push('  No contacts.');
  } else {
    const rows = preview.contacts.map((c, i) => [String(i + 1), c.fullName ?? '', c.email ?? '']);
    lines.push(...table(['#', 'Name', 'Email'], rows, [true, false, false], MAX_CELL));
    const total = preview.count;
    if (typeof total !== 'number' || total > preview.contacts.length) {
      lines.push(`  Showing the first ${preview.contacts.length} of ${describeCount(total)}.`);
    }
  }
  if (preview.exclusions.length > 0) {
    lines.push('', 'Excluded (a contact may be caught by more than one):');
    const rows = preview.exclusions.map((e) => [e.description, describeCount(e.removed), describeCount(e.onlyThis)]);
    lines.push(...table(['Exclusion', 'Removed', 'Only by this'], rows, [false, true, true], Infinity));
  }
  if (preview.notExcluded.length > 0) {
    lines.push('', `Not excluded (the definition lets them in): ${preview.notExcluded.join(', ')}`);
  }
  return lines.join('\n');
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  alignRight: readonly boolean[],
  maxCell: number,
): string[] {
  const cells = [header, ...rows].map((row) => row.map((cell) => cut(printable(cell), maxCell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return cells.map(
    (row) =>
      `  ${row
        .map((cell, column) => {
          const width = widths[column] ?? 0;
          return alignRight[column] ? cell.padStart(width) : cell.padEnd(width);
        })
        .join('  ')
        .trimEnd()}`,
  );
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD');
}
