/**
 * Why the lead has its score: one row per rule — its label in the user's language (else the model's first) — with its
 * points, how often it matched and when it last did.
 */
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
import type { DecodedScoreReasons, ScoreReason } from '../logic/decodeScoreReasons';
import type { Formatter } from '../logic/formatter';
import { reasonLabel } from '../logic/reasonLabel';
import type { Strings } from '../logic/strings';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { EmptyText } from './StatusMessages';

function countText(reason: ScoreReason, strings: Strings, format: Formatter): string {
  if (reason.count === null) return '';
  if (reason.accountCount === 0) return format.integer(reason.count);
  return strings.format('Reasons_CountViaAccount', format.integer(reason.count), format.integer(reason.accountCount));
}

export function ScoreReasonsTable({ reasons }: { readonly reasons: DecodedScoreReasons | null }): React.ReactElement {
  const { strings, format, languageId } = usePanelServices();
  const styles = usePanelStyles();
  if (reasons === null || reasons.status === 'none' || (reasons.status === 'ok' && reasons.reasons.length === 0)) {
    return reasons !== null && reasons.skipped > 0 ? (
      <EmptyText message={strings.format('Reasons_Skipped', format.integer(reasons.skipped))} />
    ) : (
      <EmptyText message={strings.get('Reasons_Empty')} />
    );
  }
  if (reasons.status === 'unreadable') return <EmptyText message={strings.get('Reasons_Unreadable')} />;
  return (
    <>
      <Table size="small" aria-label={strings.get('Reasons_Title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.get('Reasons_Col_Rule')}</TableHeaderCell>
            <TableHeaderCell className={styles.numberCell} button={{ className: styles.numberHeader }}>
              {strings.get('Reasons_Col_Points')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.numberCell} button={{ className: styles.numberHeader }}>
              {strings.get('Reasons_Col_Count')}
            </TableHeaderCell>
            <TableHeaderCell>{strings.get('Reasons_Col_Last')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {reasons.reasons.map((reason, index) => (
            <TableRow key={`${reason.ruleId ?? reason.label}-${index}`}>
              <TableCell className={styles.breakWord}>{reasonLabel(reason, languageId)}</TableCell>
              <TableCell className={styles.numberCell}>
                {reason.points === null ? '' : format.points(reason.points)}
              </TableCell>
              <TableCell className={styles.numberCell}>{countText(reason, strings, format)}</TableCell>
              <TableCell>{reason.lastOccurredOn === null ? '' : format.date(reason.lastOccurredOn)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {reasons.omitted > 0 ? (
        <Caption1 className={styles.muted}>
          {strings.format('Reasons_Omitted', format.integer(reasons.omitted))}
        </Caption1>
      ) : null}
      {reasons.skipped > 0 ? (
        <Caption1 className={styles.muted}>
          {strings.format('Reasons_Skipped', format.integer(reasons.skipped))}
        </Caption1>
      ) : null}
    </>
  );
}
