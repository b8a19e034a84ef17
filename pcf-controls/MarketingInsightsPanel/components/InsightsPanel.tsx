/** The panel: picks the state to show (empty, loading, error, or the record's view) for the form's record. */
import * as React from 'react';
import type { RecordTarget } from '../logic/recordTarget';
import { AccountView } from './AccountView';
import { ContactView } from './ContactView';
import { LeadView } from './LeadView';
import { PanelServicesProvider, type PanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { EmptyState, ErrorState, LoadingState } from './StatusMessages';
import { useInsights, type InsightsLoader, type LoadState } from './useInsights';

export interface InsightsPanelProps {
  readonly target: RecordTarget;
  /** Bumped by the control when the form's data changed, to load the same record again. */
  readonly revision: number;
  readonly load: InsightsLoader;
  /** The form's configured sales-ready score; the one stored with the score reasons wins. */
  readonly salesReadyScore: number | null;
  readonly services: PanelServices;
}

function Content({
  state,
  target,
  salesReadyScore,
}: {
  readonly state: LoadState;
  readonly target: RecordTarget;
  readonly salesReadyScore: number | null;
}): React.ReactElement {
  if (target.status === 'unsupported') return <EmptyState message="Empty_Unsupported" />;
  if (target.status === 'unsaved') return <EmptyState message="Empty_Unsaved" />;
  switch (state.status) {
    case 'idle':
    case 'loading':
      return <LoadingState />;
    case 'error':
      return <ErrorState error={state.error} />;
    case 'ready':
      switch (state.insights.kind) {
        case 'lead':
          return <LeadView insights={state.insights} salesReadyScore={salesReadyScore} />;
        case 'contact':
          return <ContactView insights={state.insights} />;
        case 'account':
          return <AccountView insights={state.insights} />;
      }
  }
}

export function InsightsPanel({
  target,
  revision,
  load,
  salesReadyScore,
  services,
}: InsightsPanelProps): React.ReactElement {
  const styles = usePanelStyles();
  const state = useInsights(target, revision, load);
  return (
    <PanelServicesProvider value={services}>
      <div
        className={styles.root}
        role="region"
        aria-label={services.strings.get('Panel_Label')}
        aria-busy={target.status === 'ready' && state.status === 'loading'}
      >
        <Content state={state} target={target} salesReadyScore={salesReadyScore} />
      </div>
    </PanelServicesProvider>
  );
}
