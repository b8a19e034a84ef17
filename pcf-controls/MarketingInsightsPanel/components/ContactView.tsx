/** A contact form: who the contact is to marketing, its leads with scores, and its interactions. */
import * as React from 'react';
import type { ContactInsights } from '../logic/insightsModel';
import { ContactDetails } from './ContactDetails';
import { InteractionCountsTable } from './InteractionCountsTable';
import { InteractionTimeline } from './InteractionTimeline';
import { LeadTable } from './LeadTable';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { Section } from './Section';

export function ContactView({ insights }: { readonly insights: ContactInsights }): React.ReactElement {
  const { strings } = usePanelServices();
  const styles = usePanelStyles();
  return (
    <div className={styles.grid}>
      <Section title={strings.get('Contact_Title')}>
        <ContactDetails contact={insights.contact} linkName={false} />
      </Section>
      <Section title={strings.get('Counts_Title')}>
        <InteractionCountsTable summary={insights.interactions} />
      </Section>
      <Section title={strings.get('Leads_ContactTitle')} wide>
        <LeadTable
          leads={insights.leads}
          label={strings.get('Leads_ContactTitle')}
          emptyMessage="Leads_Empty"
          showContact={false}
          showState
        />
      </Section>
      <Section title={strings.get('Timeline_Title')} wide>
        <InteractionTimeline items={insights.interactions.latest} showContact={false} />
      </Section>
    </div>
  );
}
