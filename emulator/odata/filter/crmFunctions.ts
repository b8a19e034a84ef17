import { fault } from '../../errors/faults';
import { valueClassOf } from '../edm';
import { queryFault } from '../queryFaults';
import type { BoundFilter, ColumnOperand, Comparable, TimeWindow } from './bound';
import { convertItem, parseInstant } from './convertValue';
import type { ArrayItem } from './jsonArray';

/** What a query function's binder can ask for: its named parameters, already resolved. */
export interface CrmArguments {
  /** The full function name, for messages. */
  readonly name: string;
  /** `PropertyName`: the column, resolved on the table in scope. */
  property(): ColumnOperand;
  /** `PropertyValues`: an inline array or an alias holding a JSON array. */
  values(): readonly ArrayItem[];
  /** `PropertyValue`: a literal (dates come back as their ISO text). */
  value(): ArrayItem;
}

interface CrmFunction {
  readonly params: readonly string[];
  bind(args: CrmArguments): BoundFilter;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const startOfDay = (instant: number) => Math.floor(instant / DAY) * DAY;
const not = (operand: BoundFilter): BoundFilter => ({ kind: 'not', operand });

const NAME = ['PropertyName'] as const;
const NAME_VALUE = ['PropertyName', 'PropertyValue'] as const;
const NAME_VALUES = ['PropertyName', 'PropertyValues'] as const;

function converted(args: CrmArguments, operand: ColumnOperand): Comparable[] {
  const cls = valueClassOf(operand.edm);
  return args.values().map((item) => convertItem(item, cls, operand.edm, operand.property));
}

function inFilter(args: CrmArguments): BoundFilter {
  const operand = args.property();
  return { kind: 'in', operand, values: converted(args, operand), cls: valueClassOf(operand.edm) };
}

function betweenFilter(args: CrmArguments): BoundFilter {
  const operand = args.property();
  const values = converted(args, operand);
  const [low, high] = values;
  if (values.length !== 2 || low === undefined || high === undefined) {
    throw fault.badRequest(`${args.name} needs exactly two values in PropertyValues; got ${values.length}.`);
  }
  return { kind: 'between', operand, low, high, cls: valueClassOf(operand.edm) };
}

function dateColumn(args: CrmArguments): ColumnOperand {
  const operand = args.property();
  if (valueClassOf(operand.edm) !== 'datetime') {
    throw fault.badRequest(`${args.name} needs a date and time column; '${operand.property}' is ${operand.edm}.`);
  }
  return operand;
}

function count(args: CrmArguments): number {
  const raw = args.value();
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 0)
    throw queryFault.invalidValue(String(raw), 'Edm.Int32', `${args.name} PropertyValue`);
  return n;
}

function day(args: CrmArguments): number {
  const raw = args.value();
  const instant = typeof raw === 'string' ? parseInstant(raw) : undefined;
  if (instant === undefined)
    throw queryFault.invalidValue(String(raw), 'Edm.DateTimeOffset', `${args.name} PropertyValue`);
  return startOfDay(instant);
}

/** A date function over the clock only (Today, LastXDays…): the window is computed when the query runs. */
function window(params: readonly string[], make: (args: CrmArguments) => (now: number) => TimeWindow): CrmFunction {
  return { params, bind: (args) => ({ kind: 'timeWindow', operand: dateColumn(args), window: make(args) }) };
}

function lastDays(n: number) {
  return (now: number): TimeWindow => ({ from: startOfDay(now) - n * DAY, to: now + 1 });
}

function nextDays(n: number) {
  return (now: number): TimeWindow => ({ from: now, to: startOfDay(now) + (n + 1) * DAY });
}

function multiSelect(args: CrmArguments): BoundFilter {
  const operand = args.property();
  if (operand.column.type !== 'multiselect') {
    throw fault.badRequest(
      `${args.name} needs a choices (multi-select) column; '${operand.property}' is ${operand.edm}.`,
    );
  }
  const values = args.values().map((item) => {
    const n = typeof item === 'number' ? item : Number(item);
    if (!Number.isInteger(n)) throw queryFault.invalidValue(String(item), 'Edm.Int32', operand.property);
    return n;
  });
  return { kind: 'containValues', operand, values };
}

/**
 * The Dataverse query functions the emulator implements, by short name (used as `Microsoft.Dynamics.CRM.<name>`).
 * Reference: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/queryfunctions
 * Dates use UTC days: the emulator's users are on UTC.
 */
export const CRM_FUNCTIONS: Readonly<Record<string, CrmFunction>> = {
  In: { params: NAME_VALUES, bind: inFilter },
  NotIn: { params: NAME_VALUES, bind: (args) => not(inFilter(args)) },
  Between: { params: NAME_VALUES, bind: betweenFilter },
  NotBetween: { params: NAME_VALUES, bind: (args) => not(betweenFilter(args)) },
  Null: { params: NAME, bind: (args) => ({ kind: 'isNull', operand: args.property() }) },
  NotNull: { params: NAME, bind: (args) => not({ kind: 'isNull', operand: args.property() }) },
  ContainValues: { params: NAME_VALUES, bind: multiSelect },
  DoesNotContainValues: { params: NAME_VALUES, bind: (args) => not(multiSelect(args)) },
  Today: window(NAME, () => (now) => ({ from: startOfDay(now), to: startOfDay(now) + DAY })),
  Yesterday: window(NAME, () => (now) => ({ from: startOfDay(now) - DAY, to: startOfDay(now) })),
  Tomorrow: window(NAME, () => (now) => ({ from: startOfDay(now) + DAY, to: startOfDay(now) + 2 * DAY })),
  Last7Days: window(NAME, () => lastDays(7)),
  Next7Days: window(NAME, () => nextDays(7)),
  LastXDays: window(NAME_VALUE, (args) => lastDays(count(args))),
  NextXDays: window(NAME_VALUE, (args) => nextDays(count(args))),
  LastXHours: window(NAME_VALUE, (args) => {
    const n = count(args);
    return (now) => ({ from: now - n * HOUR, to: now + 1 });
  }),
  NextXHours: window(NAME_VALUE, (args) => {
    const n = count(args);
    return (now) => ({ from: now, to: now + n * HOUR + 1 });
  }),
  OlderThanXDays: window(NAME_VALUE, (args) => {
    const n = count(args);
    return (now) => ({ to: now - n * DAY });
  }),
  On: window(NAME_VALUE, (args) => {
    const d = day(args);
    return () => ({ from: d, to: d + DAY });
  }),
  OnOrAfter: window(NAME_VALUE, (args) => {
    const d = day(args);
    return () => ({ from: d });
  }),
  OnOrBefore: window(NAME_VALUE, (args) => {
    const d = day(args);
    return () => ({ to: d + DAY });
  }),
};

/** Dataverse query functions that exist but that the emulator does not implement (a 501, not a wrong answer). */
export const UNIMPLEMENTED_CRM_FUNCTIONS: ReadonlySet<string> = new Set([
  'Above',
  'AboveOrEqual',
  'Contains',
  'DoesNotContain',
  'EqualBusinessId',
  'EqualUserId',
  'EqualUserLanguage',
  'EqualUserOrUserHierarchy',
  'EqualUserOrUserHierarchyAndTeams',
  'EqualUserOrUserTeams',
  'EqualUserTeams',
  'InFiscalPeriod',
  'InFiscalPeriodAndYear',
  'InFiscalYear',
  'InOrAfterFiscalPeriodAndYear',
  'InOrBeforeFiscalPeriodAndYear',
  'LastFiscalPeriod',
  'LastFiscalYear',
  'LastMonth',
  'LastWeek',
  'LastXFiscalPeriods',
  'LastXFiscalYears',
  'LastXMonths',
  'LastXWeeks',
  'LastXYears',
  'LastYear',
  'NextFiscalPeriod',
  'NextFiscalYear',
  'NextMonth',
  'NextWeek',
  'NextXFiscalPeriods',
  'NextXFiscalYears',
  'NextXMonths',
  'NextXWeeks',
  'NextXYears',
  'NextYear',
  'NotEqualBusinessId',
  'NotEqualUserId',
  'NotUnder',
  'OlderThanXHours',
  'OlderThanXMinutes',
  'OlderThanXMonths',
  'OlderThanXWeeks',
  'OlderThanXYears',
  'ThisFiscalPeriod',
  'ThisFiscalYear',
  'ThisMonth',
  'ThisWeek',
  'ThisYear',
  'Under',
  'UnderOrEqual',
]);
