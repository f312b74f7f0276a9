// How the credits page writes money, hours and days; shared by the build-time tables and the calculator.
import type { Range } from './estimates.ts';

const whole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Dollars: cents only under $100 and only when there are some ($0.30, $2.50, $15, $1,250). */
export function formatMoney(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (Math.abs(rounded) >= 100 || Number.isInteger(rounded)) return whole.format(Math.round(rounded));
  return cents.format(rounded);
}

/** A dollar range with an en dash, and a "+" when the seed left the top open. */
export function formatRange(range: Range): string {
  const top = `${formatMoney(range.high)}${range.openEnded ? '+' : ''}`;
  return range.low === range.high ? top : `${formatMoney(range.low)}–${top}`;
}

/** A count of hours or days: one decimal under 10, whole above, with thousands separators. */
export function formatAmount(value: number): string {
  const digits = Math.abs(value) < 10 && !Number.isInteger(Math.round(value * 10) / 10) ? 1 : 0;
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** "1 hour", "2.5 hours": a count with its unit, singular only for exactly one. */
export function plural(value: number, unit: string, units = `${unit}s`): string {
  const text = formatAmount(value);
  return `${text} ${text === '1' ? unit : units}`;
}
