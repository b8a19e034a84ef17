/** Drives the control the way the platform does: init, then updateView whose element React renders. */
import { render, type RenderResult } from '@testing-library/react';
import type { IInputs } from '../../../pcf-controls/MarketingInsightsPanel/generated/ManifestTypes';
import { MarketingInsightsPanel } from '../../../pcf-controls/MarketingInsightsPanel/index';

export interface RenderedControl {
  readonly control: MarketingInsightsPanel;
  readonly result: RenderResult;
  /** A later updateView (new context, same control), re-rendered into the same container. */
  update(context: ComponentFramework.Context<IInputs>): void;
}

export function renderControl(context: ComponentFramework.Context<IInputs>): RenderedControl {
  const control = new MarketingInsightsPanel();
  control.init(context);
  const result = render(control.updateView(context));
  return {
    control,
    result,
    update: (next) => result.rerender(control.updateView(next)),
  };
}
