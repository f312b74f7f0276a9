// What each figure of the calculator may be, and what to say when it is not. The ranges are realistic on purpose:
// a figure outside them is refused with a message, never computed, so no result can be absurd.
import { simulateMonth, type MonthInput } from './arithmetic.ts';
import { formatAmount, formatMoney, plural } from './format.ts';

/** What a figure counts, for the wording of its range. */
type Kind = 'money' | 'hours' | 'developers' | 'days';

/** The range a figure may take. */
export interface Bound {
  min: number;
  max: number;
  kind: Kind;
  /** Whole numbers only. */
  whole?: boolean;
  /** Zero is accepted below `min` and means "none" (no auto-reload). */
  zeroMeansNone?: boolean;
}

/** Every figure's range: wide enough for any real team, narrow enough that results stay meaningful. */
export const limits = {
  hourlyCost: { min: 0.05, max: 200, kind: 'money' },
  balance: { min: 0, max: 10_000, kind: 'money' },
  hoursPerDay: { min: 0.5, max: 24, kind: 'hours' },
  developers: { min: 0, max: 10_000, kind: 'developers', whole: true },
  dailyCost: { min: 0, max: 500, kind: 'money' },
  teamBalance: { min: 0, max: 1_000_000, kind: 'money' },
  workingDays: { min: 1, max: 31, kind: 'days', whole: true },
  reloadAmount: { min: 5, max: 100_000, kind: 'money', zeroMeansNone: true },
  reloadThreshold: { min: 0, max: 100_000, kind: 'money' },
} as const satisfies Record<string, Bound>;

/** More reloads than this in a working day is no setting anyone would choose; the calculator asks for a larger amount. */
export const maxReloadsPerDay = 10;

/** Beyond this many working days (about a year of work) a balance is shown as lasting "more than" it. */
export const maxWorkingDaysShown = 250;

/** "from $5 to $100,000", "from 0.5 to 24 hours": a bound's range in words. */
function rangeWords(bound: Bound): string {
  if (bound.kind === 'money') return `from ${formatMoney(bound.min)} to ${formatMoney(bound.max)}`;
  const range = `from ${formatAmount(bound.min)} to ${formatAmount(bound.max)}`;
  return bound.kind === 'hours' ? `${range} hours` : range;
}

/** What to type instead, e.g. "Enter an amount from $0 to $10,000." */
export function askFor(bound: Bound): string {
  const range = rangeWords(bound);
  if (bound.zeroMeansNone) return `Enter 0 for no auto-reload, or an amount ${range}.`;
  const noun = { money: 'an amount', hours: 'a number of hours', developers: 'a number of developers', days: 'a number of days' }[bound.kind];
  return `Enter ${noun} ${range.replace(/ hours$/, '')}.`;
}

/** A number typed in the form: its value, or why it cannot be used. */
export type FieldReading = { value: number } | { error: string };

/** Plain decimal notation, with an optional exponent; no hex, no "Infinity", no thousands separators. */
const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a typed figure without changing it, so the form can say what is wrong. The message never repeats the
 * figure: "1e308" written out in dollars would be the absurd output this check exists to prevent. `unreadable` is for
 * text the browser could not read as a number (a number input then reports an empty value).
 */
export function checkNumber(text: string, bound: Bound, unreadable = false): FieldReading {
  const trimmed = text.trim();
  if (trimmed === '' && !unreadable) return { error: askFor(bound) };
  if (unreadable || !decimal.test(trimmed)) return { error: `That is not a number. ${askFor(bound)}` };
  const value = Number(trimmed) + 0; // + 0 turns -0 into 0
  if (!Number.isFinite(value) || value > bound.max) return { error: `That is more than this estimator takes. ${askFor(bound)}` };
  if (value < 0) return { error: `This figure cannot be negative. ${askFor(bound)}` };
  if (bound.whole && !Number.isInteger(value)) return { error: `Use a whole number. ${askFor(bound)}` };
  if (bound.zeroMeansNone && value === 0) return { value };
  if (value < bound.min) {
    return {
      error: bound.zeroMeansNone
        ? `${formatMoney(bound.min)} is the smallest reload this estimator takes: a smaller one would fire so often that no estimate means anything. ${askFor(bound)}`
        : `That is less than this estimator takes. ${askFor(bound)}`,
    };
  }
  return { value };
}

/** Reads a figure from a shared link: a number outside the range is brought inside it; text that is not a number gives undefined. */
export function readNumber(text: string | null | undefined, bound: Bound): number | undefined {
  if (text === null || text === undefined || !decimal.test(text.trim())) return undefined;
  const value = Number(text.trim()) + 0;
  if (Number.isNaN(value)) return undefined;
  const rounded = bound.whole ? Math.round(value) : value;
  if (bound.zeroMeansNone && rounded <= 0) return 0;
  return Math.min(bound.max, Math.max(bound.min, rounded));
}

/** The smallest whole-dollar reload that fires at most `maxReloadsPerDay` times a working day, or undefined if none up to the limit does. */
export function smallestReload(input: MonthInput & { reload: { amount: number; threshold: number } }): number | undefined {
  const fits = (amount: number) =>
    simulateMonth({ ...input, reload: { ...input.reload, amount } }).reloadCount <= maxReloadsPerDay * input.workingDays;
  let high: number = limits.reloadAmount.max;
  if (!fits(high)) return undefined;
  let low = Math.max(1, Math.floor(input.reload.amount));
  if (fits(low)) return low;
  // fits(low) is false and fits(high) true; the count falls as the amount grows.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * Why the month cannot be estimated with this auto-reload, or undefined when it can: a reload that would fire more
 * than `maxReloadsPerDay` times a working day is refused with the smallest amount that would not.
 */
export function reloadProblem(input: MonthInput): string | undefined {
  const reload = input.reload;
  if (!reload || reload.amount <= 0 || input.dailyBurn <= 0) return undefined;
  const month = simulateMonth(input);
  if (month.reloadCount <= maxReloadsPerDay * input.workingDays) return undefined;
  const often = `more than ${plural(maxReloadsPerDay, 'time')} a working day`;
  const smallest = smallestReload({ ...input, reload });
  if (smallest === undefined) {
    return `At about ${formatMoney(input.dailyBurn)} a working day, even the largest reload this estimator takes (${formatMoney(limits.reloadAmount.max)}) would fire ${often}. Check the team figures above.`;
  }
  const size = reload.amount >= 1 ? `a ${formatMoney(reload.amount)} reload` : 'a reload this small';
  return `At about ${formatMoney(input.dailyBurn)} a working day, ${size} would fire ${often}, which is no way to run a balance. Add at least ${formatMoney(smallest)} each time, or lower the threshold.`;
}
