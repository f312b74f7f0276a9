// The changes page's data: variants grouped by review date, newest first, catalogue order within a date.
import type { Variant } from './schema.ts';

export interface ChangeDay {
  /** YYYY-MM-DD. */
  date: string;
  variants: Variant[];
}

/** Groups variants by their `reviewed` date, newest date first. */
export function changesByDate(variants: readonly Variant[]): ChangeDay[] {
  const days = new Map<string, Variant[]>();
  for (const variant of variants) days.set(variant.reviewed, [...(days.get(variant.reviewed) ?? []), variant]);
  return [...days.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([date, members]) => ({ date, variants: members }));
}
