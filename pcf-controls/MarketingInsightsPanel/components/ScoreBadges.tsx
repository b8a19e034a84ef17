/** Grade, sales-ready and returned badges. Each carries text (and a symbol), so colour is never the only signal. */
import * as React from 'react';
import type { LeadSummary } from '../logic/insightsModel';
import { usePanelServices } from './PanelServices';
import { TextBadge } from './TextBadge';

export function GradeBadge({ grade }: { readonly grade: string | null }): React.ReactElement {
  const { strings } = usePanelServices();
  return grade === null ? (
    <TextBadge appearance="outline" color="informative">
      {strings.get('Grade_None')}
    </TextBadge>
  ) : (
    <TextBadge appearance="tint" color="brand">
      {strings.format('Grade_Value', grade)}
    </TextBadge>
  );
}

export function SalesReadyBadge({ salesReady }: { readonly salesReady: boolean }): React.ReactElement {
  const { strings } = usePanelServices();
  return salesReady ? (
    <TextBadge appearance="filled" color="success" symbol="✓">
      {strings.get('SalesReady_Yes')}
    </TextBadge>
  ) : (
    <TextBadge appearance="outline" color="informative" symbol="○">
      {strings.get('SalesReady_No')}
    </TextBadge>
  );
}

export function LeadBadges({ lead }: { readonly lead: LeadSummary }): React.ReactElement {
  const { strings } = usePanelServices();
  return (
    <>
      {lead.scoredOn === null ? null : <GradeBadge grade={lead.grade} />}
      {lead.scoredOn === null && !lead.salesReady ? null : <SalesReadyBadge salesReady={lead.salesReady} />}
      {lead.returnedToMarketing ? (
        <TextBadge appearance="tint" color="warning" symbol="↩">
          {strings.get('Returned_Badge')}
        </TextBadge>
      ) : null}
    </>
  );
}
