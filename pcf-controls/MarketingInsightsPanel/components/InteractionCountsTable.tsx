/** Interaction KPIs: how many of each type in the last 30 and 90 days, with a total row. */
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import * as React from 'react';
import type { InteractionSummary } from '../logic/insightsModel';
import { interactionTypeKey } from '../logic/interactionTypeKey';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { EmptyText } from './StatusMessages';

export function InteractionCountsTable({ summary }: { readonly summary: InteractionSummary }): React.ReactElement {
  const { strings, format } = usePanelServices();
  const styles = usePanelStyles();
  const partial = summary.countsComplete ? null : (
    <Caption1 className={styles.muted}>{strings.format('Counts_Partial', format.integer(summary.rowsRead))}</Caption1>
  );
  if (summary.counts.length === 0) return <EmptyText message={strings.get('Counts_Empty')} />;
  return (
    <>
      <Table size="small" aria-label={strings.get('Counts_Title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.get('Col_Type')}</TableHeaderCell>
            <TableHeaderCell className={styles.numberCell} button={{ className: styles.numberHeader }}>
              {strings.get('Counts_Col_30')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.numberCell} button={{ className: styles.numberHeader }}>
              {strings.get('Counts_Col_90')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.counts.map((row) => (
            <TableRow key={row.type ?? 'none'}>
              <TableCell>{strings.get(interactionTypeKey(row.type))}</TableCell>
              <TableCell className={styles.numberCell}>{format.integer(row.last30Days)}</TableCell>
              <TableCell className={styles.numberCell}>{format.integer(row.last90Days)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <strong>{strings.get('Counts_Total')}</strong>
            </TableCell>
            <TableCell className={styles.numberCell}>
              <strong>{format.integer(summary.total30Days)}</strong>
            </TableCell>
            <TableCell className={styles.numberCell}>
              <strong>{format.integer(summary.total90Days)}</strong>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {partial}
    </>
  );
}
