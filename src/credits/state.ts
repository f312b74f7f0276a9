// The calculator's inputs and their place in the query string, so a result can be shared as a link.
import { pick, suggestedReload, headCount } from './arithmetic.ts';
import { perDeveloperDay, points, tiers, usagePatterns, type Point, type Tier, type UsagePatternId } from './estimates.ts';

/** A usage pattern from the presets, or the reader's own hourly cost. */
export type PatternChoice = UsagePatternId | 'own';

/** What the reader chose. A figure left undefined follows its preset, so the link stays short and presets stay live. */
export interface Settings {
  point: Point;
  pattern: PatternChoice;
  hourlyCost?: number | undefined;
  balance: number;
  hoursPerDay: number;
  team: Record<Tier, number>;
  dailyCost: Partial<Record<Tier, number>>;
  teamBalance: number;
  workingDays: number;
  reloadAmount?: number | undefined;
  reloadThreshold?: number | undefined;
}

/** Every figure filled in, presets applied. */
export interface Resolved {
  point: Point;
  pattern: PatternChoice;
  hourlyCost: number;
  balance: number;
  hoursPerDay: number;
  team: Record<Tier, number>;
  dailyCost: Record<Tier, number>;
  teamBalance: number;
  workingDays: number;
  reloadAmount: number;
  reloadThreshold: number;
}

/** The figures the page opens with. */
export const defaults: Settings = {
  point: 'mid',
  pattern: 'claude-code',
  balance: 50,
  hoursPerDay: 6,
  team: { light: 2, moderate: 5, heavy: 1 },
  dailyCost: {},
  teamBalance: 200,
  workingDays: 21,
};

/** The hourly cost used when the reader picks "my own" without typing one yet. */
export const ownHourlyDefault = 2;

/** What each number may be; anything outside is clamped when read from a link, and refused in the form. */
export const limits = {
  money: { min: 0, max: 1_000_000 },
  hourlyCost: { min: 0, max: 10_000 },
  hoursPerDay: { min: 0.5, max: 24 },
  developers: { min: 0, max: 100_000 },
  workingDays: { min: 1, max: 31 },
} as const;

/** Query-string keys: short, stable, documented by this table. */
const keys = {
  point: 'point',
  pattern: 'tool',
  hourlyCost: 'rate',
  balance: 'balance',
  hoursPerDay: 'hours',
  teamBalance: 'team_balance',
  workingDays: 'days',
  reloadAmount: 'reload',
  reloadThreshold: 'at',
} as const;
const teamKey = (tier: Tier) => tier;
const costKey = (tier: Tier) => `${tier}_cost`;

/** The preset hourly cost of a choice at a point, or undefined for "my own". */
export function presetHourlyCost(pattern: PatternChoice, point: Point): number | undefined {
  const preset = usagePatterns.find((entry) => entry.id === pattern);
  return preset && pick(preset.perHour, point);
}

/** Fills in every figure the reader left to the presets. */
export function resolve(settings: Settings): Resolved {
  const suggestion = suggestedReload(headCount(settings.team), settings.point);
  const dailyCost = Object.fromEntries(tiers.map((tier) => [tier, settings.dailyCost[tier] ?? pick(perDeveloperDay[tier].perDay, settings.point)])) as Record<Tier, number>;
  return {
    point: settings.point,
    pattern: settings.pattern,
    hourlyCost: settings.hourlyCost ?? presetHourlyCost(settings.pattern, settings.point) ?? ownHourlyDefault,
    balance: settings.balance,
    hoursPerDay: settings.hoursPerDay,
    team: { ...settings.team },
    dailyCost,
    teamBalance: settings.teamBalance,
    workingDays: settings.workingDays,
    reloadAmount: settings.reloadAmount ?? suggestion?.amount ?? 0,
    reloadThreshold: settings.reloadThreshold ?? suggestion?.threshold ?? 0,
  };
}

/** Reads a finite number within bounds; text that is not a number gives undefined. */
export function readNumber(text: string | null | undefined, bounds: { min: number; max: number }, whole = false): number | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const value = Number(text.trim());
  if (!Number.isFinite(value)) return undefined;
  const rounded = whole ? Math.round(value) : value;
  return Math.min(bounds.max, Math.max(bounds.min, rounded));
}

function isPattern(value: string | null): value is PatternChoice {
  return value === 'own' || usagePatterns.some((entry) => entry.id === value);
}

/** Settings from a query string; unknown keys are ignored and bad values fall back to the defaults. */
export function fromQuery(search: string | URLSearchParams): Settings {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const point = params.get(keys.point);
  const pattern = params.get(keys.pattern);
  const team = Object.fromEntries(
    tiers.map((tier) => [tier, readNumber(params.get(teamKey(tier)), limits.developers, true) ?? defaults.team[tier]]),
  ) as Record<Tier, number>;
  const dailyCost: Partial<Record<Tier, number>> = {};
  for (const tier of tiers) {
    const cost = readNumber(params.get(costKey(tier)), limits.money);
    if (cost !== undefined) dailyCost[tier] = cost;
  }
  return {
    point: points.includes(point as Point) ? (point as Point) : defaults.point,
    pattern: isPattern(pattern) ? pattern : defaults.pattern,
    hourlyCost: readNumber(params.get(keys.hourlyCost), limits.hourlyCost),
    balance: readNumber(params.get(keys.balance), limits.money) ?? defaults.balance,
    hoursPerDay: readNumber(params.get(keys.hoursPerDay), limits.hoursPerDay) ?? defaults.hoursPerDay,
    team,
    dailyCost,
    teamBalance: readNumber(params.get(keys.teamBalance), limits.money) ?? defaults.teamBalance,
    workingDays: readNumber(params.get(keys.workingDays), limits.workingDays, true) ?? defaults.workingDays,
    reloadAmount: readNumber(params.get(keys.reloadAmount), limits.money),
    reloadThreshold: readNumber(params.get(keys.reloadThreshold), limits.money),
  };
}

/** The query string for settings: only what differs from the defaults, in a fixed order. */
export function toQuery(settings: Settings): string {
  const params = new URLSearchParams();
  const put = (key: string, value: number | string | undefined, fallback?: number | string) => {
    if (value !== undefined && value !== fallback) params.set(key, String(value));
  };
  put(keys.point, settings.point, defaults.point);
  put(keys.pattern, settings.pattern, defaults.pattern);
  put(keys.hourlyCost, settings.hourlyCost);
  put(keys.balance, settings.balance, defaults.balance);
  put(keys.hoursPerDay, settings.hoursPerDay, defaults.hoursPerDay);
  for (const tier of tiers) put(teamKey(tier), settings.team[tier], defaults.team[tier]);
  for (const tier of tiers) put(costKey(tier), settings.dailyCost[tier]);
  put(keys.teamBalance, settings.teamBalance, defaults.teamBalance);
  put(keys.workingDays, settings.workingDays, defaults.workingDays);
  put(keys.reloadAmount, settings.reloadAmount);
  put(keys.reloadThreshold, settings.reloadThreshold);
  return params.toString();
}

/** A number typed in the form: its value, or why it cannot be used. */
export type FieldReading = { value: number } | { error: string };

/** Reads a typed number without clamping, so the form can say what is wrong instead of changing it. */
export function checkNumber(text: string, bounds: { min: number; max: number }, whole = false): FieldReading {
  if (text.trim() === '') return { error: 'Enter a number.' };
  const value = Number(text.trim());
  if (!Number.isFinite(value)) return { error: 'Enter a number, digits only.' };
  if (whole && !Number.isInteger(value)) return { error: 'Enter a whole number.' };
  if (value < bounds.min || value > bounds.max) return { error: `Enter a number from ${bounds.min.toLocaleString('en-US')} to ${bounds.max.toLocaleString('en-US')}.` };
  return { value };
}
