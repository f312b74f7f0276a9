import { describe, expect, test } from 'vitest';
import {
  dailyBurn,
  dayByDay,
  headCount,
  hoursOfUse,
  maxEvents,
  pick,
  reloadRow,
  simulateMonth,
  suggestedReload,
  workingDays,
} from '../../src/credits/arithmetic.ts';
import fc from 'fast-check';
import {
  askFor,
  checkNumber,
  limits,
  maxReloadsPerDay,
  maxWorkingDaysShown,
  readNumber,
  reloadProblem,
  smallestReload,
  type Bound,
} from '../../src/credits/bounds.ts';
import { chartGeometry, niceStep } from '../../src/credits/chart.ts';
import { estimateSources, perDeveloperDay, reloadTable, usagePatterns } from '../../src/credits/estimates.ts';
import { formatAmount, formatMoney, formatRange, plural } from '../../src/credits/format.ts';
import { defaults, fromQuery, linkCorrections, numericFields, resolve, toQuery, type Settings } from '../../src/credits/state.ts';
import { lastsFigures, lastsSentence, monthSummary } from '../../src/credits/summary.ts';

describe('the seed estimates', () => {
  test('keep the per-hour ranges the seed gives for each tool pattern', () => {
    const ranges = Object.fromEntries(usagePatterns.map((pattern) => [pattern.id, [pattern.perHour.low, pattern.perHour.high]]));
    expect(ranges).toEqual({
      'claude-code': [1, 3],
      'parallel-agents': [5, 15],
      'vscode-chat': [0.1, 0.3],
    });
  });

  test('list no tool that cannot spend usage credits (Cursor and Windsurf do not sign in with a Claude plan)', () => {
    expect(usagePatterns.map((pattern) => pattern.label).filter((label) => /cursor|windsurf/i.test(label))).toEqual([]);
  });

  test('keep the per-developer daily ranges, heavy one open-ended', () => {
    expect(perDeveloperDay.light.perDay).toEqual({ low: 1, high: 5 });
    expect(perDeveloperDay.moderate.perDay).toEqual({ low: 5, high: 15 });
    expect(perDeveloperDay.heavy.perDay).toEqual({ low: 15, high: 50, openEnded: true });
  });

  test('cover every head-count from 1 up without gaps or overlaps', () => {
    for (let developers = 1; developers <= 200; developers++) {
      expect(
        reloadTable.filter((row) => developers >= row.minDevelopers && developers <= row.maxDevelopers),
        `${developers}`,
      ).toHaveLength(1);
    }
  });
});

describe('pick', () => {
  test('takes the low end, the high end, or the average for the midpoint', () => {
    const range = { low: 2, high: 5 };
    expect(pick(range, 'low')).toBe(2);
    expect(pick(range, 'high')).toBe(5);
    expect(pick(range, 'mid')).toBe(3.5);
  });
});

describe('hoursOfUse and workingDays', () => {
  test('divide the balance by the hourly cost, then by the hours in a working day', () => {
    expect(hoursOfUse(20, 2)).toBe(10);
    expect(workingDays(10, 4)).toBe(2.5);
  });

  test('match the seed table: $20 at $0.50–$1.50 an hour lasts about 13 to 40 hours', () => {
    expect(Math.floor(hoursOfUse(20, 1.5) ?? 0)).toBe(13);
    expect(hoursOfUse(20, 0.5)).toBe(40);
  });

  test('give null for a zero or negative hourly cost or hours per day', () => {
    expect(hoursOfUse(20, 0)).toBeNull();
    expect(hoursOfUse(20, -1)).toBeNull();
    expect(workingDays(10, 0)).toBeNull();
    expect(workingDays(null, 6)).toBeNull();
  });
});

describe('team arithmetic', () => {
  test('counts heads across tiers and sums their daily costs', () => {
    const mix = { light: 2, moderate: 5, heavy: 1 };
    expect(headCount(mix)).toBe(8);
    expect(dailyBurn(mix, { light: 3, moderate: 10, heavy: 32.5 })).toBe(2 * 3 + 5 * 10 + 32.5);
  });

  test('suggests the seeds’ reload for each team-size band, at the band edges', () => {
    expect(suggestedReload(2, 'mid')).toEqual({ amount: 50, threshold: 10 });
    expect(suggestedReload(5, 'mid')).toEqual({ amount: 50, threshold: 10 });
    expect(suggestedReload(6, 'mid')).toEqual({ amount: 100, threshold: 25 });
    expect(suggestedReload(15, 'high')).toEqual({ amount: 100, threshold: 25 });
    expect(suggestedReload(16, 'low')).toEqual({ amount: 250, threshold: 50 });
    expect(suggestedReload(50, 'mid')).toEqual({ amount: 250, threshold: 50 });
    expect(suggestedReload(51, 'mid')).toEqual({ amount: 500, threshold: 100 });
    expect(suggestedReload(5000, 'mid')).toEqual({ amount: 500, threshold: 100 });
  });

  test('uses the individual example for one person: $10 to $20 at $5', () => {
    expect(suggestedReload(1, 'low')).toEqual({ amount: 10, threshold: 5 });
    expect(suggestedReload(1, 'mid')).toEqual({ amount: 15, threshold: 5 });
    expect(suggestedReload(1, 'high')).toEqual({ amount: 20, threshold: 5 });
  });

  test('suggests nothing for an empty team', () => {
    expect(reloadRow(0)).toBeUndefined();
    expect(suggestedReload(0, 'mid')).toBeUndefined();
  });
});

describe('simulateMonth', () => {
  test('without auto-reload, the balance runs out when spending reaches it', () => {
    const month = simulateMonth({ startBalance: 100, dailyBurn: 40, workingDays: 21 });
    expect(month.runsOutOn).toBe(2.5);
    expect(month.spent).toBe(100);
    expect(month.endBalance).toBe(0);
    expect(month.reloadCount).toBe(0);
  });

  test('without auto-reload, a large enough balance lasts the month', () => {
    const month = simulateMonth({ startBalance: 1000, dailyBurn: 40, workingDays: 20 });
    expect(month.runsOutOn).toBeNull();
    expect(month.endBalance).toBe(200);
  });

  test('reloads each time the balance falls to the threshold', () => {
    // $200 at $50 a day: falls to $25 after 3.5 days, then each $100 reload lasts 2 days.
    const month = simulateMonth({ startBalance: 200, dailyBurn: 50, workingDays: 10, reload: { amount: 100, threshold: 25 } });
    expect(month.reloads.map((event) => event.day)).toEqual([3.5, 5.5, 7.5, 9.5]);
    expect(month.reloads[0]).toEqual({ day: 3.5, before: 25, after: 125 });
    expect(month.reloadCount).toBe(4);
    expect(month.added).toBe(400);
    expect(month.spent).toBe(500);
    expect(month.endBalance).toBe(100);
    expect(month.runsOutOn).toBeNull();
  });

  test('does not count a reload that would fall exactly at the end of the month', () => {
    const month = simulateMonth({ startBalance: 125, dailyBurn: 50, workingDays: 2, reload: { amount: 100, threshold: 25 } });
    expect(month.reloadCount).toBe(0);
    expect(month.endBalance).toBe(25);
  });

  test('reloads at once when the balance starts at or under the threshold', () => {
    const month = simulateMonth({ startBalance: 0, dailyBurn: 10, workingDays: 1, reload: { amount: 50, threshold: 10 } });
    expect(month.reloads[0]).toEqual({ day: 0, before: 0, after: 50 });
    expect(month.reloadCount).toBe(1);
    expect(month.endBalance).toBe(40);
  });

  test('keeps the reload count exact but lists at most maxEvents reloads', () => {
    const month = simulateMonth({ startBalance: 0, dailyBurn: 10_000, workingDays: 21, reload: { amount: 10, threshold: 5 } });
    expect(month.reloadCount).toBeGreaterThan(maxEvents);
    expect(month.reloads).toHaveLength(maxEvents);
    expect(month.truncated).toBe(true);
    expect(month.endBalance).toBeGreaterThan(5);
    expect(month.endBalance).toBeLessThanOrEqual(15);
  });

  test('with nothing spent, nothing changes', () => {
    const month = simulateMonth({ startBalance: 30, dailyBurn: 0, workingDays: 21, reload: { amount: 50, threshold: 40 } });
    expect(month.reloadCount).toBe(0);
    expect(month.endBalance).toBe(30);
  });
});

describe('format', () => {
  test('writes dollars with cents only where they matter', () => {
    expect(formatMoney(0.3)).toBe('$0.30');
    expect(formatMoney(15)).toBe('$15');
    expect(formatMoney(2.5)).toBe('$2.50');
    expect(formatMoney(1250.4)).toBe('$1,250');
  });

  test('writes ranges with an en dash and an open top with a plus', () => {
    expect(formatRange({ low: 0.5, high: 1.5 })).toBe('$0.50–$1.50');
    expect(formatRange({ low: 15, high: 50, openEnded: true })).toBe('$15–$50+');
    expect(formatRange({ low: 500, high: 500, openEnded: true })).toBe('$500+');
  });

  test('writes amounts with one decimal under ten', () => {
    expect(formatAmount(2.54)).toBe('2.5');
    expect(formatAmount(13.3)).toBe('13');
    expect(formatAmount(3)).toBe('3');
  });
});

describe('the query string', () => {
  test('is empty for the defaults', () => {
    expect(toQuery(defaults)).toBe('');
  });

  test('round-trips every field', () => {
    const settings: Settings = {
      point: 'high',
      pattern: 'own',
      hourlyCost: 4.25,
      balance: 120,
      hoursPerDay: 7.5,
      team: { light: 0, moderate: 12, heavy: 3 },
      dailyCost: { heavy: 80 },
      teamBalance: 1000,
      workingDays: 22,
      reloadAmount: 300,
      reloadThreshold: 75,
    };
    expect(fromQuery(toQuery(settings))).toEqual(settings);
  });

  test('carries every figure of the form, each under its own key', () => {
    for (const [name, field] of Object.entries(numericFields)) {
      const settings = fromQuery('');
      field.set(settings, field.bound.max);
      expect(new URLSearchParams(toQuery(settings)).get(field.key), name).toBe(String(field.bound.max));
      expect(field.get(fromQuery(toQuery(settings))), name).toBe(field.bound.max);
    }
  });

  test('ignores unknown keys and falls back on values that are not numbers', () => {
    const settings = fromQuery('?tool=nonsense&point=max&balance=lots&hours=&evil=<script>');
    expect(settings.pattern).toBe(defaults.pattern);
    expect(settings.point).toBe(defaults.point);
    expect(settings.balance).toBe(defaults.balance);
    expect(settings.hoursPerDay).toBe(defaults.hoursPerDay);
  });

  test('clamps numbers to their limits and rounds head-counts', () => {
    const settings = fromQuery('balance=-5&hours=100&moderate=2.6&days=90');
    expect(settings.balance).toBe(0);
    expect(settings.hoursPerDay).toBe(24);
    expect(settings.team.moderate).toBe(3);
    expect(settings.workingDays).toBe(31);
  });
});

describe('resolve', () => {
  test('fills figures left to the presets from the chosen point', () => {
    const resolved = resolve({ ...defaults, point: 'high', pattern: 'parallel-agents', team: { light: 10, moderate: 0, heavy: 0 } });
    expect(resolved.hourlyCost).toBe(15);
    expect(resolved.dailyCost).toEqual({ light: 5, moderate: 15, heavy: 50 });
    expect(resolved.reloadAmount).toBe(100);
    expect(resolved.reloadThreshold).toBe(25);
  });

  test('keeps figures the reader typed over the presets', () => {
    const resolved = resolve({ ...defaults, hourlyCost: 9, dailyCost: { light: 2 }, reloadAmount: 40, reloadThreshold: 8 });
    expect(resolved.hourlyCost).toBe(9);
    expect(resolved.dailyCost.light).toBe(2);
    expect(resolved.reloadAmount).toBe(40);
    expect(resolved.reloadThreshold).toBe(8);
  });
});

describe('chartGeometry', () => {
  test('picks round y steps', () => {
    expect(niceStep(37)).toBe(50);
    expect(niceStep(20)).toBe(20);
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(230)).toBe(250);
  });

  test('marks each reload and draws the threshold', () => {
    const month = simulateMonth({ startBalance: 200, dailyBurn: 50, workingDays: 10, reload: { amount: 100, threshold: 25 } });
    const chart = chartGeometry({ startBalance: 200, workingDays: 10, threshold: 25, month });
    expect(chart.reloads).toHaveLength(4);
    expect(chart.thresholdY).toBeGreaterThan(chart.plot.top);
    expect(chart.thresholdY).toBeLessThan(chart.plot.bottom);
    expect(chart.line.split(' ')).toHaveLength(1 + 2 * 4 + 1);
    expect(chart.yTicks[0]).toEqual({ at: chart.plot.bottom, label: '$0' });
    expect(chart.yTicks.at(-1)?.label).toBe('$200');
  });

  test('marks where an un-reloaded balance runs out', () => {
    const month = simulateMonth({ startBalance: 100, dailyBurn: 40, workingDays: 21 });
    const chart = chartGeometry({ startBalance: 100, workingDays: 21, month });
    expect(chart.emptyAt?.y).toBe(chart.plot.bottom);
    expect(chart.thresholdY).toBeUndefined();
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['0', '5', '10', '15', '20']);
  });
});

describe('summaries', () => {
  test('say how long a balance lasts in hours and working days', () => {
    expect(lastsSentence(50, 2, 25, 25 / 6, 6)).toBe('At $2 an hour, $50 lasts about 25 hours of use: 4.2 working days of 6 hours.');
  });

  test('ask for an hourly cost when there is none', () => {
    expect(lastsSentence(50, 0, null, null, 6)).toContain('Enter an hourly cost');
  });

  test('describe a month with reloads: how many, how often, how much', () => {
    const reload = { amount: 100, threshold: 25 };
    const month = simulateMonth({ startBalance: 200, dailyBurn: 50, workingDays: 10, reload });
    const text = monthSummary(200, 50, 10, reload, month);
    expect(text).toContain('4 reloads in 10 working days');
    expect(text).toContain('$400 added');
    expect(text).toContain('ends with $100');
  });

  test('describe a month that runs dry', () => {
    const month = simulateMonth({ startBalance: 100, dailyBurn: 40, workingDays: 21 });
    expect(monthSummary(100, 40, 21, undefined, month)).toContain('runs out after about 2.5 working days');
  });
});

describe('dayByDay', () => {
  test('lists each working day with its reloads and closing balance', () => {
    const rows = dayByDay({ startBalance: 200, dailyBurn: 50, workingDays: 4, reload: { amount: 100, threshold: 25 } });
    expect(rows).toEqual([
      { day: 1, reloads: 0, endBalance: 150 },
      { day: 2, reloads: 0, endBalance: 100 },
      { day: 3, reloads: 0, endBalance: 50 },
      { day: 4, reloads: 1, endBalance: 100 },
    ]);
  });

  test('shows a balance that runs out staying at zero', () => {
    const rows = dayByDay({ startBalance: 60, dailyBurn: 40, workingDays: 3 });
    expect(rows.map((row) => row.endBalance)).toEqual([20, 0, 0]);
  });
});

describe('plural', () => {
  test('writes exactly one without an s: "1 working day", never "1 working days"', () => {
    expect(plural(1, 'working day')).toBe('1 working day');
    expect(plural(1, 'hour')).toBe('1 hour');
    expect(plural(1, 'reload')).toBe('1 reload');
  });

  test('uses the singular for a figure that rounds to one, since that is what the reader sees', () => {
    expect(plural(0.96, 'working day')).toBe('1 working day');
    expect(plural(1.04, 'working day')).toBe('1 working day');
  });

  test('uses the plural for zero, fractions and more than one', () => {
    expect(plural(0, 'working day')).toBe('0 working days');
    expect(plural(1.5, 'working day')).toBe('1.5 working days');
    expect(plural(2, 'working day')).toBe('2 working days');
    expect(plural(1000, 'reload')).toBe('1,000 reloads');
  });
});

describe('plurals in the results', () => {
  test('a balance that lasts one working day says "1 working day"', () => {
    expect(lastsSentence(12, 2, 6, 1, 6)).toBe('At $2 an hour, $12 lasts about 6 hours of use: 1 working day of 6 hours.');
    expect(lastsFigures(6, 1, 6).days).toBe('1 working day of 6 hours');
    expect(lastsSentence(1, 1, 1, 1, 1)).toBe('At $1 an hour, $1 lasts about 1 hour of use: 1 working day of 1 hour.');
  });

  test('a one-day month never says "1 working days" nor "all 1 working day"', () => {
    const runsOut = simulateMonth({ startBalance: 50, dailyBurn: 100, workingDays: 1 });
    const lasts = simulateMonth({ startBalance: 500, dailyBurn: 100, workingDays: 1 });
    const reload = { amount: 60, threshold: 25 };
    const reloads = simulateMonth({ startBalance: 100, dailyBurn: 100, workingDays: 1, reload });
    expect(monthSummary(50, 100, 1, undefined, runsOut)).toBe(
      'Starting from $50 and spending about $100 a working day, the balance runs out after about 0.5 working days, with no auto-reload to refill it; work stops there for the rest of the day.',
    );
    expect(monthSummary(500, 100, 1, undefined, lasts)).toBe(
      'Starting from $500 and spending about $100 a working day, the balance lasts the working day and ends at $400.',
    );
    const text = monthSummary(100, 100, 1, reload, reloads);
    expect(text).toContain('1 reload in 1 working day (about 1 reload a working day)');
    expect(text).not.toMatch(/\b1 working days/);
  });

  test('the chart labels a reload after one working day in the singular', () => {
    const month = simulateMonth({ startBalance: 125, dailyBurn: 100, workingDays: 3, reload: { amount: 100, threshold: 25 } });
    const chart = chartGeometry({ startBalance: 125, workingDays: 3, threshold: 25, month });
    expect(chart.reloads[0]?.label).toBe('Reload after 1 working day: $25 to $125');
  });
});

describe('checkNumber', () => {
  const money: Bound = { min: 0, max: 100, kind: 'money' };

  test('accepts a number within bounds, with spaces around it', () => {
    expect(checkNumber(' 12.5 ', money)).toEqual({ value: 12.5 });
    expect(checkNumber('1e2', money)).toEqual({ value: 100 });
    expect(checkNumber('-0', limits.balance)).toEqual({ value: 0 });
  });

  test('refuses a $0.0001 reload and names the smallest reload it takes', () => {
    const reading = checkNumber('0.0001', limits.reloadAmount);
    expect(reading).toEqual({
      error:
        '$5 is the smallest reload this estimator takes: a smaller one would fire so often that no estimate means anything. Enter 0 for no auto-reload, or an amount from $5 to $100,000.',
    });
    expect(checkNumber('4.99', limits.reloadAmount)).toHaveProperty('error');
  });

  test('takes 0 as "no auto-reload", and the smallest and largest reloads', () => {
    expect(checkNumber('0', limits.reloadAmount)).toEqual({ value: 0 });
    expect(checkNumber('5', limits.reloadAmount)).toEqual({ value: 5 });
    expect(checkNumber('100000', limits.reloadAmount)).toEqual({ value: 100_000 });
  });

  test('refuses empty, negative, zero-cost, huge and non-numeric text, each time saying what it takes', () => {
    const cases: [text: string, bound: Bound, starts: string][] = [
      ['', limits.balance, 'Enter an amount from $0 to $10,000.'],
      ['   ', limits.hoursPerDay, 'Enter a number of hours from 0.5 to 24.'],
      ['-5', limits.balance, 'This figure cannot be negative.'],
      ['-1', limits.reloadAmount, 'This figure cannot be negative.'],
      ['0', limits.hourlyCost, 'That is less than this estimator takes.'],
      ['0.2', limits.hoursPerDay, 'That is less than this estimator takes.'],
      ['1e308', limits.balance, 'That is more than this estimator takes.'],
      ['1e309', limits.reloadAmount, 'That is more than this estimator takes.'],
      ['10001', limits.balance, 'That is more than this estimator takes.'],
      ['32', limits.workingDays, 'That is more than this estimator takes.'],
      ['ten', limits.balance, 'That is not a number.'],
      ['Infinity', limits.balance, 'That is not a number.'],
      ['NaN', limits.balance, 'That is not a number.'],
      ['0x10', limits.balance, 'That is not a number.'],
      ['1,000', limits.balance, 'That is not a number.'],
      ['2.5', limits.developers, 'Use a whole number.'],
    ];
    for (const [text, bound, starts] of cases) {
      const reading = checkNumber(text, bound);
      expect(reading, text).toHaveProperty('error');
      const error = 'error' in reading ? reading.error : '';
      expect(error.startsWith(starts), `${text}: ${error}`).toBe(true);
      expect(error.endsWith(askFor(bound)), `${text}: ${error}`).toBe(true);
    }
  });

  test('never repeats the figure it refuses, so "1e308" cannot come back as a 309-digit amount', () => {
    for (const text of ['1e308', '99999999999', '-123456789']) {
      const reading = checkNumber(text, limits.teamBalance);
      expect('error' in reading && reading.error).not.toMatch(/\d{8}|\d{1,3}(,\d{3}){3}/);
    }
  });

  test('says a field the browser could not read holds no number', () => {
    expect(checkNumber('', limits.balance, true)).toEqual({ error: `That is not a number. ${askFor(limits.balance)}` });
  });

  test('words each kind of range', () => {
    expect(askFor(limits.hourlyCost)).toBe('Enter an amount from $0.05 to $200.');
    expect(askFor(limits.developers)).toBe('Enter a number of developers from 0 to 10,000.');
    expect(askFor(limits.workingDays)).toBe('Enter a number of days from 1 to 31.');
  });
});

describe('figures from a shared link', () => {
  test('are brought inside their range, and nonsense is dropped', () => {
    expect(readNumber('1e308', limits.balance)).toBe(limits.balance.max);
    expect(readNumber('0.0001', limits.reloadAmount)).toBe(limits.reloadAmount.min);
    expect(readNumber('-3', limits.reloadAmount)).toBe(0);
    expect(readNumber('0x10', limits.balance)).toBeUndefined();
    expect(readNumber('Infinity', limits.balance)).toBeUndefined();
    expect(readNumber('2.6', limits.developers)).toBe(3);
  });

  test('that had to change are named, so the page can say so', () => {
    expect(linkCorrections('reload=0.0001&balance=1e308&rate=abc&days=20&heavy=4')).toEqual(['hourlyCost', 'balance', 'reloadAmount']);
    expect(linkCorrections('')).toEqual([]);
    const settings = fromQuery('reload=0.0001&balance=1e308');
    expect(settings.reloadAmount).toBe(5);
    expect(settings.balance).toBe(10_000);
  });

  test('have a key and a range for every field of the form', () => {
    expect(Object.keys(numericFields).sort()).toEqual([
      'balance',
      'dailyCost.heavy',
      'dailyCost.light',
      'dailyCost.moderate',
      'hourlyCost',
      'hoursPerDay',
      'reloadAmount',
      'reloadThreshold',
      'team.heavy',
      'team.light',
      'team.moderate',
      'teamBalance',
      'workingDays',
    ]);
  });
});

describe('reloadProblem', () => {
  test('lets a realistic reload through', () => {
    expect(reloadProblem({ startBalance: 200, dailyBurn: 88.5, workingDays: 21, reload: { amount: 100, threshold: 25 } })).toBeUndefined();
    expect(reloadProblem({ startBalance: 200, dailyBurn: 88.5, workingDays: 21, reload: { amount: 0, threshold: 25 } })).toBeUndefined();
  });

  test('refuses a $0.0001 reload against a day of spending, without printing any count of reloads', () => {
    const problem = reloadProblem({ startBalance: 200, dailyBurn: 88.5, workingDays: 21, reload: { amount: 0.0001, threshold: 25 } });
    expect(problem).toBe(
      'At about $88.50 a working day, a reload this small would fire more than 10 times a working day, which is no way to run a balance. Add at least $9 each time, or lower the threshold.',
    );
  });

  test('names the smallest reload that fires at most ten times a working day', () => {
    const input = { startBalance: 0, dailyBurn: 5000, workingDays: 21, reload: { amount: 5, threshold: 1000 } };
    const smallest = smallestReload(input) ?? 0;
    const count = (amount: number) => simulateMonth({ ...input, reload: { ...input.reload, amount } }).reloadCount;
    expect(count(smallest)).toBeLessThanOrEqual(maxReloadsPerDay * 21);
    expect(count(smallest - 1)).toBeGreaterThan(maxReloadsPerDay * 21);
    expect(reloadProblem(input)).toContain(`Add at least ${formatMoney(smallest)} each time`);
  });

  test('says when even the largest reload cannot keep up with the spending', () => {
    const problem = reloadProblem({ startBalance: 0, dailyBurn: 15_000_000, workingDays: 31, reload: { amount: 5, threshold: 0 } });
    expect(problem).toContain('even the largest reload this estimator takes ($100,000)');
  });

  test('leaves no way, within the limits, to reach an absurd count of reloads', () => {
    const within = (bound: Bound) => fc.double({ min: bound.min, max: bound.max, noNaN: true });
    fc.assert(
      fc.property(
        within(limits.teamBalance),
        fc.integer({ min: 0, max: 3 * limits.developers.max }),
        within(limits.dailyCost),
        fc.integer({ min: limits.workingDays.min, max: limits.workingDays.max }),
        within(limits.reloadAmount),
        within(limits.reloadThreshold),
        (startBalance, developers, costPerDay, days, amount, threshold) => {
          const input = { startBalance, dailyBurn: developers * costPerDay, workingDays: days, reload: { amount, threshold } };
          if (reloadProblem(input) !== undefined) return;
          expect(simulateMonth(input).reloadCount).toBeLessThanOrEqual(maxReloadsPerDay * days);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('how long a balance lasts, at the limits', () => {
  test('is shown as "more than 250 working days" beyond about a year of work', () => {
    const hours = hoursOfUse(limits.balance.max, limits.hourlyCost.min);
    const days = workingDays(hours, limits.hoursPerDay.min);
    expect(days).toBeGreaterThan(maxWorkingDaysShown);
    expect(lastsFigures(hours, days, 0.5)).toEqual({ hours: 'more than 125 hours', days: 'more than 250 working days' });
    expect(lastsSentence(limits.balance.max, limits.hourlyCost.min, hours, days, 0.5)).toBe(
      'At $0.05 an hour, $10,000 lasts more than 250 working days of 0.5 hours, about a year of work: long enough that prices and tools will change before it runs out.',
    );
  });

  test('never shows more than 250 working days for any figures within the limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: limits.balance.min, max: limits.balance.max, noNaN: true }),
        fc.double({ min: limits.hourlyCost.min, max: limits.hourlyCost.max, noNaN: true }),
        fc.double({ min: limits.hoursPerDay.min, max: limits.hoursPerDay.max, noNaN: true }),
        (balance, cost, perDay) => {
          const hours = hoursOfUse(balance, cost);
          const days = workingDays(hours, perDay);
          const shown = lastsSentence(balance, cost, hours, days, perDay);
          const dayCount = Number(/([\d,.]+) working days?/.exec(shown)?.[1]?.replace(/,/g, ''));
          expect(dayCount).toBeLessThanOrEqual(maxWorkingDaysShown);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the origin of the estimates', () => {
  test('links only the article that gives its own address', () => {
    expect(estimateSources.admin.url).toBe('https://fazm.ai/blog/llm-request-rejected-organization-credit-workspace-admin');
    expect(estimateSources.general).not.toHaveProperty('url');
  });
});
