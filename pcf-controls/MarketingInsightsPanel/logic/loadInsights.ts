/**
 * Loads everything the panel shows for one record with at most three Web API requests. Plain module: it takes the
 * small InsightsWebApi interface, so the control passes `context.webAPI` and tests or the preview page pass their own.
 */
import type { Insights } from './insightsModel';
import { loadAccountInsights } from './loadAccountInsights';
import { loadContactInsights } from './loadContactInsights';
import { loadLeadInsights } from './loadLeadInsights';
import type { PanelEntity } from './recordTarget';
import type { InsightsWebApi } from './webApi';

export interface LoadRequest {
  readonly entity: PanelEntity;
  readonly id: string;
}

export function loadInsights(api: InsightsWebApi, request: LoadRequest, now: Date = new Date()): Promise<Insights> {
  switch (request.entity) {
    case 'lead':
      return loadLeadInsights(api, request.id, now);
    case 'contact':
      return loadContactInsights(api, request.id, now);
    case 'account':
      return loadAccountInsights(api, request.id, now);
  }
}
