// The calculator's inputs and their place in the query string, so a result can be shared as a link.
import { pick, suggestedReload, headCount } from './arithmetic.ts';
import { limits, readNumber, type Bound } from './bounds.ts';
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
const ownHourlyDefault = 2;

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

/** Every figure the form takes, by its input's name: its key in a link and the range it may take. */
export const numericFields: Record<string, { key: string; bound: Bound }> = {
  hourlyCost: { key: keys.hourlyCost, bound: limits.hourlyCost },
  balance: { key: keys.balance, bound: limits.balance },
  hoursPerDay: { key: keys.hoursPerDay, bound: limits.hoursPerDay },
  teamBalance: { key: keys.teamBalance, bound: limits.teamBalance },
  workingDays: { key: keys.workingDays, bound: limits.workingDays },
  reloadAmount: { key: keys.reloadAmount, bound: limits.reloadAmount },
  reloadThreshold: { key: keys.reloadThreshold, bound: limits.reloadThreshold },
  ...Object.fromEntries<{ key: string; bound: Bound }>(
    tiers.flatMap((tier): [string, { key: string; bound: Bound }][] => [
      [`team.${tier}`, { key: teamKey(tier), bound: limits.developers }],
      [`dailyCost.${tier}`, { key: costKey(tier), bound: limits.dailyCost }],
    ]),
  ),
};

/** The preset hourly cost of a choice at a point, or undefined for "my own". */
function presetHourlyCost(pattern: PatternChoice, point: Point): number | undefined {
  const preset = usagePatterns.find((entry) => entry.id === pattern);
  return preset && pick(preset.perHour, point);
}

/** Fills in every figure the reader left to the presets. */
export function resolve(settings: Settings): Resolved {
  const suggestion = suggestedReload(headCount(settings.team), settings.point);
  const dailyCost = Object.fromEntries(
    tiers.map((tier) => [tier, settings.dailyCost[tier] ?? pick(perDeveloperDay[tier].perDay, settings.point)]),
  ) as Record<Tier, number>;
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

function isPattern(value: string | null): value is PatternChoice {
  return value === 'own' || usagePatterns.some((entry) => entry.id === value);
}

/** Settings from a query string; unknown keys are ignored and bad values fall back to the defaults. */
export function fromQuery(search: string | URLSearchParams): Settings {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const point = params.get(keys.point);
  const pattern = params.get(keys.pattern);
  const team = Object.fromEntries(
    tiers.map((tier) => [tier, readNumber(params.get(teamKey(tier)), limits.developers) ?? defaults.team[tier]]),
  ) as Record<Tier, number>;
  const dailyCost: Partial<Record<Tier, number>> = {};
  for (const tier of tiers) {
    const cost = readNumber(params.get(costKey(tier)), limits.dailyCost);
    if (cost !== undefined) dailyCost[tier] = cost;
  }
  return {
    point: points.includes(point as Point) ? (point as Point) : defaults.point,
    pattern: isPattern(pattern) ? pattern : defaults.pattern,
    hourlyCost: readNumber(params.get(keys.hourlyCost), limits.hourlyCost),
    balance: readNumber(params.get(keys.balance), limits.balance) ?? defaults.balance,
    hoursPerDay: readNumber(params.get(keys.hoursPerDay), limits.hoursPerDay) ?? defaults.hoursPerDay,
    team,
    dailyCost,
    teamBalance: readNumber(params.get(keys.teamBalance), limits.teamBalance) ?? defaults.teamBalance,
    workingDays: readNumber(params.get(keys.workingDays), limits.workingDays) ?? defaults.workingDays,
    reloadAmount: readNumber(params.get(keys.reloadAmount), limits.reloadAmount),
    reloadThreshold: readNumber(params.get(keys.reloadThreshold), limits.reloadThreshold),
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

/** The form fields whose figure in a link was not used as given (out of range, or not a number), so the page can say so. */
export function linkCorrections(search: string | URLSearchParams): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return Object.entries(numericFields)
    .filter(([, field]) => {
      const text = params.get(field.key);
      return text !== null && readNumber(text, field.bound) !== Number(text.trim());
    })
    .map(([name]) => name);
}
