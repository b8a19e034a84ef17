/**
 * The lead's score against the sales-ready score, as a sentence in the user's language ("62 — sales-ready from 60")
 * with how far it has to go and a bar, then its badges. A lead that was never scored says "Not scored yet" instead
 * of showing 0.
 */
import { Caption1, ProgressBar, Text, Title3 } from '@fluentui/react-components';
import * as React from 'react';
import type { LeadSummary } from '../logic/insightsModel';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { LeadBadges } from './ScoreBadges';

export interface ScoreSummaryProps {
  readonly lead: LeadSummary;
  readonly salesReadyScore: number | null;
}

export function ScoreSummary({ lead, salesReadyScore }: ScoreSummaryProps): React.ReactElement {
  const { strings, format } = usePanelServices();
  const styles = usePanelStyles();
  const badges = (
    <div className={styles.badges}>
      <LeadBadges lead={lead} />
    </div>
  );
  if (lead.scoredOn === null || lead.score === null) {
    return (
      <>
        <Title3 as="p">{strings.get('Score_NotScored')}</Title3>
        <Caption1 className={styles.muted}>{strings.get('Score_NotScoredHint')}</Caption1>
        {badges}
      </>
    );
  }
  const score = format.integer(lead.score);
  const threshold = salesReadyScore === null || salesReadyScore <= 0 ? null : salesReadyScore;
  return (
    <>
      <div className={styles.scoreLine}>
        <Title3 as="p">
          {threshold === null ? score : strings.format('Score_OfThreshold', score, format.integer(threshold))}
        </Title3>
        <Caption1 className={styles.muted}>
          {threshold === null
            ? strings.get('Score_ThresholdUnknown')
            : lead.score >= threshold
              ? strings.get('Score_ThresholdReached')
              : strings.format('Score_PointsToGo', format.integer(threshold - lead.score))}
        </Caption1>
      </div>
      {threshold === null ? null : (
        <ProgressBar
          thickness="large"
          color={lead.score >= threshold ? 'success' : 'brand'}
          value={Math.min(Math.max(lead.score, 0), threshold)}
          max={threshold}
          aria-label={strings.format('Score_AriaValue', score, format.integer(threshold))}
        />
      )}
      {badges}
      <Text size={200} className={styles.muted}>
        {strings.format('Score_ScoredOn', format.dateTime(lead.scoredOn))}
      </Text>
    </>
  );
}
