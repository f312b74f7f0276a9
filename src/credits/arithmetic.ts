// Pure arithmetic behind /credits/: no DOM, no formatting, so the page, its tables and the tests agree.
import { reloadTable, tiers, type Point, type Range, type ReloadRow, type Tier } from './estimates.ts';

/** The figure a point picks from a range; the midpoint is the plain average. */
export function pick(range: Range, point: Point): number {
  if (point === 'low') return range.low;
  if (point === 'high') return range.high;
  return (range.low + range.high) / 2;
}

/** Hours of use a balance buys at an hourly cost; null when the cost is not positive. */
export function hoursOfUse(balance: number, hourlyCost: number): number | null {
  if (!(hourlyCost > 0) || !(balance >= 0)) return null;
  return balance / hourlyCost;
}

/** Working days those hours make, at so many hours of use a day; null when either is missing. */
export function workingDays(hours: number | null, hoursPerDay: number): number | null {
  if (hours === null || !(hoursPerDay > 0)) return null;
  return hours / hoursPerDay;
}

/** How many developers of each tier a team has. */
export type TeamMix = Record<Tier, number>;

/** The team's head-count. */
export function headCount(mix: TeamMix): number {
  return tiers.reduce((sum, tier) => sum + mix[tier], 0);
}

/** What the team spends in a working day: developers times their daily cost, summed over tiers. */
export function dailyBurn(mix: TeamMix, costPerDay: Record<Tier, number>): number {
  return tiers.reduce((sum, tier) => sum + mix[tier] * costPerDay[tier], 0);
}

/** An auto-reload setting: add `amount` whenever the balance falls to `threshold`. */
export interface Reload {
  amount: number;
  threshold: number;
}

/** The seeds' row for a head-count, or undefined for nobody. */
export function reloadRow(developers: number): ReloadRow | undefined {
  if (!(developers >= 1)) return undefined;
  const whole = Math.ceil(developers);
  return reloadTable.find((row) => whole >= row.minDevelopers && whole <= row.maxDevelopers);
}

/** The seeds' auto-reload for a head-count at a point of their range, or undefined for nobody. */
export function suggestedReload(developers: number, point: Point): Reload | undefined {
  const row = reloadRow(developers);
  return row && { amount: pick(row.reload, point), threshold: row.threshold };
}

/** A working month of spending, for the chart and its summary. */
export interface MonthInput {
  startBalance: number;
  /** Dollars spent per working day, evenly through the day. */
  dailyBurn: number;
  workingDays: number;
  /** Auto-reload; undefined, or an amount that is not positive, means none. */
  reload?: Reload | undefined;
}

/** One auto-reload: when (in working days from the start) and the balance either side of it. */
interface ReloadEvent {
  day: number;
  before: number;
  after: number;
}

export interface MonthResult {
  /** Every reload in the month, up to `maxEvents`. */
  reloads: ReloadEvent[];
  /** How many reloads the month takes in all (may exceed `reloads.length`). */
  reloadCount: number;
  /** True when there were more reloads than `maxEvents`. */
  truncated: boolean;
  /** Dollars added by reloads in the month. */
  added: number;
  /** Dollars spent in the month (less when the balance runs out). */
  spent: number;
  /** When the balance reaches zero with no reload to catch it, in working days; null if it never does. */
  runsOutOn: number | null;
  endBalance: number;
}

/** The most reload events listed one by one; beyond this a month is summarised, not drawn event by event. */
export const maxEvents = 500;

/**
 * Simulates the balance over a working month: it falls at a steady rate and, with auto-reload, jumps by the
 * reload amount each time it reaches the threshold (at once, if it starts there or below).
 */
export function simulateMonth(input: MonthInput): MonthResult {
  const start = Math.max(0, input.startBalance);
  const burn = Math.max(0, input.dailyBurn);
  const days = Math.max(0, input.workingDays);
  const demand = burn * days;
  const reload =
    input.reload && input.reload.amount > 0 ? { amount: input.reload.amount, threshold: Math.max(0, input.reload.threshold) } : undefined;

  if (!reload) {
    const runsOut = burn > 0 && start < demand;
    const spent = runsOut ? start : demand;
    return { reloads: [], reloadCount: 0, truncated: false, added: 0, spent, runsOutOn: runsOut ? start / burn : null, endBalance: start - spent };
  }

  if (burn === 0) return { reloads: [], reloadCount: 0, truncated: false, added: 0, spent: 0, runsOutOn: null, endBalance: start };

  // A balance that starts at or under the threshold reloads at once (as many times as it takes to clear it).
  const atOnce = start <= reload.threshold ? Math.floor((reload.threshold - start) / reload.amount) + 1 : 0;
  const afterStart = start + atOnce * reload.amount;
  // After that, the k-th reload comes once `firstAt + k * amount` dollars have been spent, if that is within the month.
  const firstAt = afterStart - reload.threshold;
  const later = firstAt < demand ? Math.ceil((demand - firstAt) / reload.amount - 1e-9) : 0;
  const count = atOnce + Math.max(0, later);
  const reloads: ReloadEvent[] = [];
  for (let k = 0; k < Math.min(count, maxEvents); k++) {
    if (k < atOnce) {
      const before = start + k * reload.amount;
      reloads.push({ day: 0, before, after: before + reload.amount });
    } else {
      const spentSoFar = firstAt + (k - atOnce) * reload.amount;
      reloads.push({ day: spentSoFar / burn, before: reload.threshold, after: reload.threshold + reload.amount });
    }
  }
  const added = count * reload.amount;
  return { reloads, reloadCount: count, truncated: count > maxEvents, added, spent: demand, runsOutOn: null, endBalance: start + added - demand };
}

/** One working day of the month, for the chart's table alternative. */
export interface DayRow {
  day: number;
  reloads: number;
  endBalance: number;
}

/** The balance at the end of each working day and the reloads during it. */
export function dayByDay(input: MonthInput): DayRow[] {
  const rows: DayRow[] = [];
  let reloadsBefore = 0;
  for (let day = 1; day <= Math.floor(input.workingDays); day++) {
    const upTo = simulateMonth({ ...input, workingDays: day });
    rows.push({ day, reloads: upTo.reloadCount - reloadsBefore, endBalance: upTo.endBalance });
    reloadsBefore = upTo.reloadCount;
  }
  return rows;
}
