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

/** Query-string keys of the two choices that are not figures. */
const keys = { point: 'point', pattern: 'tool' } as const;

/** A figure the form takes: its key in a link, the range it may take, and where it sits in the settings. */
interface NumericField {
  key: string;
  bound: Bound;
  get: (settings: Settings) => number | undefined;
  set: (settings: Settings, value: number) => void;
}

/** The figures at the top level of the settings. */
type TopFigure = 'hourlyCost' | 'balance' | 'hoursPerDay' | 'teamBalance' | 'workingDays' | 'reloadAmount' | 'reloadThreshold';

/** One figure at the top level of the settings. */
function topField(name: TopFigure, key: string): [string, NumericField] {
  return [name, { key, bound: limits[name], get: (settings) => settings[name], set: (settings, value) => (settings[name] = value) }];
}

/**
 * Every figure the form takes, by its input's name, in the order a link lists them. The only list of the fields: the
 * link, the form and the corrections all read it. Keys are short and stable (they are in shared links).
 */
export const numericFields: Readonly<Record<string, NumericField>> = Object.fromEntries([
  topField('hourlyCost', 'rate'),
  topField('balance', 'balance'),
  topField('hoursPerDay', 'hours'),
  ...tiers.map((tier): [string, NumericField] => [
    `team.${tier}`,
    { key: tier, bound: limits.developers, get: (settings) => settings.team[tier], set: (settings, value) => (settings.team[tier] = value) },
  ]),
  ...tiers.map((tier): [string, NumericField] => [
    `dailyCost.${tier}`,
    {
      key: `${tier}_cost`,
      bound: limits.dailyCost,
      get: (settings) => settings.dailyCost[tier],
      set: (settings, value) => (settings.dailyCost[tier] = value),
    },
  ]),
  topField('teamBalance', 'team_balance'),
  topField('workingDays', 'days'),
  topField('reloadAmount', 'reload'),
  topField('reloadThreshold', 'at'),
]);

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

/** The defaults as a new object, safe to change. */
const freshDefaults = (): Settings => ({ ...defaults, team: { ...defaults.team }, dailyCost: { ...defaults.dailyCost } });

/** Settings from a query string; unknown keys are ignored and bad values fall back to the defaults. */
export function fromQuery(search: string | URLSearchParams): Settings {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const point = params.get(keys.point);
  const pattern = params.get(keys.pattern);
  const settings = freshDefaults();
  if (points.includes(point as Point)) settings.point = point as Point;
  if (isPattern(pattern)) settings.pattern = pattern;
  for (const field of Object.values(numericFields)) {
    const value = readNumber(params.get(field.key), field.bound);
    if (value !== undefined) field.set(settings, value);
  }
  return settings;
}

/** The query string for settings: only what differs from the defaults, in a fixed order. */
export function toQuery(settings: Settings): string {
  const params = new URLSearchParams();
  if (settings.point !== defaults.point) params.set(keys.point, settings.point);
  if (settings.pattern !== defaults.pattern) params.set(keys.pattern, settings.pattern);
  for (const field of Object.values(numericFields)) {
    const value = field.get(settings);
    if (value !== undefined && value !== field.get(defaults)) params.set(field.key, String(value));
  }
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
