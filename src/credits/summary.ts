// The calculator's results in words: what the page shows, announces, and offers as the chart's text alternative.
import type { MonthResult, Reload } from './arithmetic.ts';
import { maxWorkingDaysShown } from './bounds.ts';
import { formatAmount, formatMoney, plural } from './format.ts';

/** How long a balance lasts, for the result list: hours and working days, capped at `maxWorkingDaysShown`. */
export function lastsFigures(hours: number | null, days: number | null, hoursPerDay: number): { hours: string; days: string } {
  if (hours === null || days === null) return { hours: '–', days: '–' };
  if (days > maxWorkingDaysShown) {
    return {
      hours: `more than ${plural(maxWorkingDaysShown * hoursPerDay, 'hour')}`,
      days: `more than ${plural(maxWorkingDaysShown, 'working day')}`,
    };
  }
  return { hours: plural(hours, 'hour'), days: `${plural(days, 'working day')} of ${plural(hoursPerDay, 'hour')}` };
}

/** One sentence on how long a balance lasts. */
export function lastsSentence(balance: number, hourlyCost: number, hours: number | null, days: number | null, hoursPerDay: number): string {
  if (hours === null || days === null) return 'Enter an hourly cost above zero to see how long the balance lasts.';
  const opening = `At ${formatMoney(hourlyCost)} an hour, ${formatMoney(balance)} lasts`;
  if (days > maxWorkingDaysShown) {
    return `${opening} more than ${plural(maxWorkingDaysShown, 'working day')} of ${plural(hoursPerDay, 'hour')}, about a year of work: long enough that prices and tools will change before it runs out.`;
  }
  return `${opening} about ${plural(hours, 'hour')} of use: ${plural(days, 'working day')} of ${plural(hoursPerDay, 'hour')}.`;
}

/** The chart's text alternative: the month in two or three sentences. */
export function monthSummary(startBalance: number, burn: number, workingDays: number, reload: Reload | undefined, month: MonthResult): string {
  const opening = `Starting from ${formatMoney(startBalance)} and spending about ${formatMoney(burn)} a working day, `;
  const span = plural(workingDays, 'working day');
  if (burn <= 0) return `${opening}the balance stays where it is.`;
  if (month.runsOutOn !== null) {
    return `${opening}the balance runs out after about ${plural(month.runsOutOn, 'working day')}, with no auto-reload to refill it; work stops there for the rest of ${workingDays === 1 ? 'the day' : `the ${span}`}.`;
  }
  if (!reload || reload.amount <= 0 || month.reloadCount === 0) {
    return `${opening}the balance lasts ${workingDays === 1 ? 'the working day' : `all ${span}`} and ends at ${formatMoney(month.endBalance)}.`;
  }
  const often = month.reloadCount / workingDays;
  const rhythm =
    often >= 1 || formatAmount(1 / often) === '1'
      ? `about ${plural(often, 'reload')} a working day`
      : `about one every ${plural(workingDays / month.reloadCount, 'working day')}`;
  return (
    `${opening}auto-reload adds ${formatMoney(reload.amount)} each time the balance falls to ${formatMoney(reload.threshold)}: ` +
    `${plural(month.reloadCount, 'reload')} in ${span} (${rhythm}), ${formatMoney(month.added)} added in all. ` +
    `The month ends with ${formatMoney(month.endBalance)}.`
  );
}
