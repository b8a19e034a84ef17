/** What every component needs besides its data: strings, formatting and the record-opening callback. */
import * as React from 'react';
import type { Formatter } from '../logic/formatter';
import type { PanelEntity } from '../logic/recordTarget';
import type { Strings } from '../logic/strings';

export interface PanelServices {
  readonly strings: Strings;
  readonly format: Formatter;
  /** The user's language (LCID), for texts that come with data rather than from the .resx: rule labels. */
  readonly languageId?: number;
  /** Opens a lead or contact form; links call it instead of navigating, as model-driven apps expect. */
  readonly openRecord: (entity: PanelEntity, id: string) => void;
}

const PanelServicesContext = React.createContext<PanelServices | null>(null);

export const PanelServicesProvider = PanelServicesContext.Provider;

export function usePanelServices(): PanelServices {
  const services = React.useContext(PanelServicesContext);
  if (services === null) throw new Error('usePanelServices must be used inside PanelServicesProvider.');
  return services;
}
