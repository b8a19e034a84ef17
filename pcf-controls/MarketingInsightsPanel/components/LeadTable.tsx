/** Leads with their scores, best first; topics open the lead. Status and sales-ready are words, not colours. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import * as React from 'react';
import type { LeadState, LeadSummary } from '../logic/insightsModel';
import { effectiveScore } from '../logic/rankByScore';
import type { StringKey } from '../logic/strings';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { RecordLink } from './RecordLink';
import { SalesReadyBadge } from './ScoreBadges';
import { EmptyText } from './StatusMessages';

const STATE_KEYS: Readonly<Record<LeadState, StringKey>> = {
  open: 'State_Open',
  qualified: 'State_Qualified',
  disqualified: 'State_Disqualified',
  unknown: 'State_Unknown',
};

export interface LeadTableProps {
  readonly leads: readonly LeadSummary[];
  readonly label: string;
  readonly emptyMessage: StringKey;
  readonly showContact: boolean;
  readonly showState: boolean;
}

export function LeadTable({ leads, label, emptyMessage, showContact, showState }: LeadTableProps): React.ReactElement {
  const { strings, format } = usePanelServices();
  const styles = usePanelStyles();
  if (leads.length === 0) return <EmptyText message={strings.get(emptyMessage)} />;
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.get('Col_Lead')}</TableHeaderCell>
          {showContact ? <TableHeaderCell>{strings.get('Col_Contact')}</TableHeaderCell> : null}
          <TableHeaderCell className={styles.numberCell} button={{ className: styles.numberHeader }}>
            {strings.get('Col_Score')}
          </TableHeaderCell>
          <TableHeaderCell>{strings.get('Col_Grade')}</TableHeaderCell>
          <TableHeaderCell>{strings.get('Col_SalesReady')}</TableHeaderCell>
          {showState ? <TableHeaderCell>{strings.get('Col_Status')}</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {leads.map((lead) => {
          const score = effectiveScore(lead);
          return (
            <TableRow key={lead.id}>
              <TableCell>
                <RecordLink entity="lead" id={lead.id} name={lead.topic ?? lead.name} />
              </TableCell>
              {showContact ? <TableCell>{lead.contactName ?? ''}</TableCell> : null}
              <TableCell className={styles.numberCell}>
                {score === null ? strings.get('Score_NotScoredShort') : format.integer(score)}
              </TableCell>
              <TableCell>{lead.grade ?? ''}</TableCell>
              <TableCell>
                <SalesReadyBadge salesReady={lead.salesReady} />
              </TableCell>
              {showState ? <TableCell>{strings.get(STATE_KEYS[lead.state])}</TableCell> : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
