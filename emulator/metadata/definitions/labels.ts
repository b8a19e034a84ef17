import { emulatorId } from '../../seed/platform';

/** The Label complex type: the emulator's tables carry English (1033) labels only. */
export const LABEL_LANGUAGE = 1033;

export type Json = { readonly [key: string]: unknown };

/** `{LocalizedLabels: [...], UserLocalizedLabel: {...}}`, as the metadata API returns a Label. */
export function label(text: string, idSeed: string): Json {
  const localized = {
    Label: text,
    LanguageCode: LABEL_LANGUAGE,
    IsManaged: true,
    MetadataId: emulatorId(`metadata:label:${idSeed}`),
    HasChanged: null,
  };
  return { LocalizedLabels: [localized], UserLocalizedLabel: localized };
}

/** A Label with no text, e.g. an option's empty Description. */
export const EMPTY_LABEL: Json = { LocalizedLabels: [], UserLocalizedLabel: null };
