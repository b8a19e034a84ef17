/** What `leadlink register` did (or, with --dry-run, would do) to each row it owns. */

export type RegistrationAction = 'create' | 'update' | 'delete' | 'unchanged';

export interface RegistrationItem {
  readonly component: 'endpoint' | 'step' | 'image';
  readonly id: string;
  readonly name: string;
  readonly action: RegistrationAction;
  /** One line per changed field, e.g. `url: (none) → https://…`; a secret shows as `***`. */
  readonly details: readonly string[];
}

export interface RegistrationReport {
  readonly operation: 'register' | 'unregister';
  readonly dryRun: boolean;
  readonly items: readonly RegistrationItem[];
  /** One line, e.g. `Created 1, updated 0, deleted 0; 3 unchanged.` */
  readonly summary: string;
}

export function countActions(report: Pick<RegistrationReport, 'items'>): Record<RegistrationAction, number> {
  const counts: Record<RegistrationAction, number> = { create: 0, update: 0, delete: 0, unchanged: 0 };
  for (const item of report.items) counts[item.action]++;
  return counts;
}

/** The one-line summary of a run's rows. */
export function summarize(items: readonly RegistrationItem[], dryRun: boolean): string {
  const c = countActions({ items });
  return dryRun
    ? `Would create ${c.create}, update ${c.update}, delete ${c.delete}; ${c.unchanged} unchanged (dry run).`
    : `Created ${c.create}, updated ${c.update}, deleted ${c.delete}; ${c.unchanged} unchanged.`;
}

/** The report as text for a terminal: one line per row, its changes indented below it, the summary last. */
export function formatReport(report: RegistrationReport): string {
  const lines = [`${report.operation}${report.dryRun ? ' (dry run: nothing was changed)' : ''}`];
  for (const item of report.items) {
    lines.push(`  ${item.action.padEnd(9)} ${item.component.padEnd(8)} ${item.name} {${item.id}}`);
    for (const detail of item.details) lines.push(`              ${detail}`);
  }
  lines.push(report.summary);
  return lines.join('\n');
}
