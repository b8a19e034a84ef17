/** An account's contacts ranked by their best lead score; names open the contact. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import * as React from 'react';
import type { RankedContact } from '../logic/insightsModel';
import { MarketingOnlyBadge } from './ContactDetails';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { RecordLink } from './RecordLink';
import { EmptyText } from './StatusMessages';

export function ContactRankingTable({ contacts }: { readonly contacts: readonly RankedContact[] }): React.ReactElement {
  const { strings, format } = usePanelServices();
  const styles = usePanelStyles();
  if (contacts.length === 0) return <EmptyText message={strings.get('Contacts_Empty')} />;
  return (
    <Table size="small" aria-label={strings.get('Contacts_Title')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.get('Col_Contact')}</TableHeaderCell>
          <TableHeaderCell className={styles.numberCell} button={{ className: styles.numberHeader }}>
            {strings.get('Contacts_Col_BestScore')}
          </TableHeaderCell>
          <TableHeaderCell className={styles.numberCell} button={{ className: styles.numberHeader }}>
            {strings.get('Contacts_Col_Leads')}
          </TableHeaderCell>
          <TableHeaderCell>{strings.get('Col_Type')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {contacts.map(({ contact, bestScore, leadCount }) => (
          <TableRow key={contact.id}>
            <TableCell>
              <RecordLink entity="contact" id={contact.id} name={contact.name} />
            </TableCell>
            <TableCell className={styles.numberCell}>
              {bestScore === null ? strings.get('Score_NotScoredShort') : format.integer(bestScore)}
            </TableCell>
            <TableCell className={styles.numberCell}>{format.integer(leadCount)}</TableCell>
            <TableCell>
              <MarketingOnlyBadge marketingOnly={contact.marketingOnly} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
