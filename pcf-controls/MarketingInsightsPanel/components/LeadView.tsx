/**
 * A lead form: the score, who the contact is and how active, then why the score (reasons), the timeline and the
 * contact's other open leads.
 */
import * as React from 'react';
import type { LeadInsights } from '../logic/insightsModel';
import { ContactDetails } from './ContactDetails';
import { InteractionCountsTable } from './InteractionCountsTable';
import { InteractionTimeline } from './InteractionTimeline';
import { LeadTable } from './LeadTable';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { ScoreReasonsTable } from './ScoreReasonsTable';
import { ScoreSummary } from './ScoreSummary';
import { Section } from './Section';
import { EmptyText } from './StatusMessages';

export interface LeadViewProps {
  readonly insights: LeadInsights;
  /** From the stored reasons when the engine wrote it there, else from the control's input property. */
  readonly salesReadyScore: number | null;
}

export function LeadView({ insights, salesReadyScore }: LeadViewProps): React.ReactElement {
  const { strings } = usePanelServices();
  const styles = usePanelStyles();
  const { lead, contact, interactions, otherLeads } = insights;
  return (
    <div className={styles.grid}>
      <Section title={strings.get('Score_Title')}>
        <ScoreSummary lead={lead} salesReadyScore={lead.reasons?.salesReadyScore ?? salesReadyScore} />
      </Section>
      <Section title={strings.get('Contact_ParentTitle')}>
        {contact === null ? (
          <EmptyText message={strings.get('Contact_None')} />
        ) : (
          <ContactDetails contact={contact} linkName />
        )}
      </Section>
      <Section title={strings.get('Counts_Title')}>
        <InteractionCountsTable summary={interactions} />
      </Section>
      <Section title={strings.get('Reasons_Title')} wide>
        <ScoreReasonsTable reasons={lead.reasons} />
      </Section>
      <Section title={strings.get('Timeline_Title')} wide>
        <InteractionTimeline items={interactions.latest} showContact={false} />
      </Section>
      {contact === null ? null : (
        <Section title={strings.get('Leads_OtherTitle')} wide>
          <LeadTable
            leads={otherLeads}
            label={strings.get('Leads_OtherTitle')}
            emptyMessage="Leads_Empty_Other"
            showContact={false}
            showState={false}
          />
        </Section>
      )}
    </div>
  );
}
