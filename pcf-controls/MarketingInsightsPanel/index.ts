/**
 * LeadLink.MarketingInsightsPanel: the PCF lifecycle only. Reading data lives in logic/loadInsights.ts, rendering in
 * components/. The panel loads when the form's record changes or the bound column's value changes (e.g. a new score
 * after a form refresh), never on an ordinary re-render.
 */
import * as React from 'react';
import { MarketingInsightsRoot } from './components/MarketingInsightsRoot';
import type { PanelServices } from './components/PanelServices';
import type { IInputs, IOutputs } from './generated/ManifestTypes';
import { createFormatter } from './logic/formatter';
import { loadInsights, type LoadRequest } from './logic/loadInsights';
import { readRecordTarget, targetKey, type PanelEntity } from './logic/recordTarget';
import { createStrings } from './logic/strings';

export class MarketingInsightsPanel implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private context: ComponentFramework.Context<IInputs> | null = null;
  private services: PanelServices | null = null;
  private revision = 0;
  private lastTargetKey: string | null = null;
  private lastBoundValue: unknown = undefined;

  public init(context: ComponentFramework.Context<IInputs>): void {
    this.context = context;
    this.services = this.createServices(context);
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    this.context = context;
    this.services ??= this.createServices(context);
    const services = this.services;
    const target = readRecordTarget(context.mode);
    const key = targetKey(target, 0);
    const boundValue: unknown = context.parameters.boundColumn?.raw;
    // Same record, bound column changed (the platform lists it in updatedProperties): load again.
    if (
      key === this.lastTargetKey &&
      context.updatedProperties?.includes('boundColumn') === true &&
      boundValue !== this.lastBoundValue
    ) {
      this.revision += 1;
    }
    this.lastTargetKey = key;
    this.lastBoundValue = boundValue;
    const configured = context.parameters.salesReadyScore?.raw;
    return React.createElement(MarketingInsightsRoot, {
      target,
      revision: this.revision,
      load: (request: LoadRequest) => loadInsights(context.webAPI, request),
      salesReadyScore: typeof configured === 'number' && Number.isFinite(configured) ? configured : null,
      services,
      platformSuppliesTheme: context.fluentDesignLanguage?.tokenTheme != null,
    });
  }

  public getOutputs(): IOutputs {
    // The panel only reads: it never changes the column it is bound to.
    return {};
  }

  public destroy(): void {
    this.context = null;
    this.services = null;
  }

  /** Strings and formats depend on the user's language, which does not change while the form is open. */
  private createServices(context: ComponentFramework.Context<IInputs>): PanelServices {
    const languageId = context.userSettings?.languageId;
    return {
      strings: createStrings(context.resources),
      format: createFormatter(context.formatting, languageId),
      ...(languageId === undefined ? {} : { languageId }),
      openRecord: (entity: PanelEntity, id: string) => this.openRecord(entity, id),
    };
  }

  private openRecord(entity: PanelEntity, id: string): void {
    const navigation = this.context?.navigation;
    if (navigation === undefined) return;
    // The platform reports a form that cannot open; there is nothing more for the panel to do.
    navigation.openForm({ entityName: entity, entityId: id }).catch(() => undefined);
  }
}
