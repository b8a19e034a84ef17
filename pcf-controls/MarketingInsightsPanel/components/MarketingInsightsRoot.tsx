/**
 * The element updateView returns. Model-driven apps render virtual controls inside their own Fluent 9 theme and pass
 * it as `context.fluentDesignLanguage`; only when a host supplies none (an older client, a preview page) does the panel
 * bring a FluentProvider with the default light theme, so Fluent components never render unstyled.
 * https://learn.microsoft.com/power-apps/developer/component-framework/fluent-modern-theming
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { InsightsPanel, type InsightsPanelProps } from './InsightsPanel';

export interface MarketingInsightsRootProps extends InsightsPanelProps {
  readonly platformSuppliesTheme: boolean;
}

export function MarketingInsightsRoot({
  platformSuppliesTheme,
  ...panel
}: MarketingInsightsRootProps): React.ReactElement {
  const content = <InsightsPanel {...panel} />;
  return platformSuppliesTheme ? content : <FluentProvider theme={webLightTheme}>{content}</FluentProvider>;
}
