/**
 * A PCF context for the panel, with only what a model-driven form hands a virtual control: mode.contextInfo,
 * webAPI, resources (the real .resx), formatting (Intl in the user's language), userSettings, navigation, parameters.
 */
import type { IInputs } from '../../../pcf-controls/MarketingInsightsPanel/generated/ManifestTypes';
import type { InsightsWebApi } from '../../../pcf-controls/MarketingInsightsPanel/logic/webApi';
import { resourcesFor } from './resx';

const LOCALES: Readonly<Record<number, string>> = { 1033: 'en-US', 1028: 'zh-TW', 1066: 'vi-VN' };

export interface MockContextOptions {
  readonly entityTypeName: string;
  /** Empty on a create form. */
  readonly entityId: string;
  readonly webApi: InsightsWebApi;
  readonly languageId?: number;
  readonly boundValue?: string | number | null;
  readonly updatedProperties?: readonly string[];
  readonly salesReadyScore?: number | null;
  /** Simulates a host that supplies its Fluent theme (model-driven apps do). */
  readonly withPlatformTheme?: boolean;
  readonly openForm?: (options: { entityName: string; entityId?: string }) => Promise<unknown>;
}

export interface MockContext {
  readonly context: ComponentFramework.Context<IInputs>;
  readonly opened: { entityName: string; entityId?: string }[];
}

export function createMockContext(options: MockContextOptions): MockContext {
  const languageId = options.languageId ?? 1033;
  const locale = LOCALES[languageId] ?? 'en-US';
  const opened: { entityName: string; entityId?: string }[] = [];
  const context = {
    mode: {
      contextInfo: { entityId: options.entityId, entityTypeName: options.entityTypeName, entityRecordName: 'Record' },
      isControlDisabled: false,
      isVisible: true,
      label: 'Marketing insights',
      allocatedHeight: -1,
      allocatedWidth: 800,
    },
    webAPI: options.webApi,
    resources: resourcesFor(languageId),
    formatting: {
      formatInteger: (value: number) => new Intl.NumberFormat(locale).format(value),
      formatDecimal: (value: number, precision = 2) =>
        new Intl.NumberFormat(locale, { minimumFractionDigits: precision, maximumFractionDigits: precision }).format(
          value,
        ),
      formatDateShort: (value: Date, includeTime = false) =>
        new Intl.DateTimeFormat(
          locale,
          includeTime ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'short' },
        ).format(value),
    },
    userSettings: { languageId, isRTL: false, userId: '{00000000-0000-0000-0000-000000000001}', userName: 'Test user' },
    navigation: {
      openForm: (formOptions: { entityName: string; entityId?: string }) => {
        opened.push(formOptions);
        return options.openForm ? options.openForm(formOptions) : Promise.resolve({ savedEntityReference: [] });
      },
    },
    parameters: {
      boundColumn: { raw: options.boundValue ?? null, formatted: String(options.boundValue ?? '') },
      salesReadyScore: { raw: options.salesReadyScore ?? null },
    },
    updatedProperties: [...(options.updatedProperties ?? [])],
    fluentDesignLanguage: options.withPlatformTheme ? { tokenTheme: {}, brand: {} } : undefined,
  };
  // The real context has many more members the panel never touches; the cast names that gap once, here.
  return { context: context as unknown as ComponentFramework.Context<IInputs>, opened };
}
