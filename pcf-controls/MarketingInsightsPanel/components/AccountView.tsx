/** An account form: its contacts' interactions rolled up, and its leads and contacts ranked by score. */
import * as React from 'react';
import type { AccountInsights } from '../logic/insightsModel';
import { ContactRankingTable } from './ContactRankingTable';
import { InteractionCountsTable } from './InteractionCountsTable';
import { InteractionTimeline } from './InteractionTimeline';
import { LeadTable } from './LeadTable';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { Section } from './Section';
import { EmptyState } from './StatusMessages';

export function AccountView({ insights }: { readonly insights: AccountInsights }): React.ReactElement {
  const { strings } = usePanelServices();
  const styles = usePanelStyles();
  const { contacts, leads, interactions } = insights;
  if (contacts.length === 0 && leads.length === 0 && interactions.rowsRead === 0) {
    return <EmptyState message="Empty_Account" />;
  }
  return (
    <div className={styles.grid}>
      <Section title={strings.get('Leads_AccountTitle')} wide>
        <LeadTable
          leads={leads}
          label={strings.get('Leads_AccountTitle')}
          emptyMessage="Leads_Empty"
          showContact
          showState={false}
        />
      </Section>
      <Section title={strings.get('Contacts_Title')}>
        <ContactRankingTable contacts={contacts} />
      </Section>
      <Section title={strings.get('Counts_Title')}>
        <InteractionCountsTable summary={interactions} />
      </Section>
      <Section title={strings.get('Timeline_Title')} wide>
        <InteractionTimeline items={interactions.latest} showContact />
      </Section>
    </div>
  );
}
