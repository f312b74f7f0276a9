import { describe, expect, test } from 'vitest';
import { dailyBurn, dayByDay, headCount, hoursOfUse, maxEvents, pick, reloadRow, simulateMonth, suggestedReload, workingDays } from '../../src/credits/arithmetic.ts';
import { chartGeometry, niceStep } from '../../src/credits/chart.ts';
import { perDeveloperDay, reloadTable, usagePatterns } from '../../src/credits/estimates.ts';
import { formatAmount, formatMoney, formatRange } from '../../src/credits/format.ts';
import { checkNumber, defaults, fromQuery, resolve, toQuery, type Settings } from '../../src/credits/state.ts';
import { lastsSentence, monthSummary } from '../../src/credits/summary.ts';

describe('the seed estimates', () => {
  test('keep the per-hour ranges the seed gives for each tool pattern', () => {
    const ranges = Object.fromEntries(usagePatterns.map((pattern) => [pattern.id, [pattern.perHour.low, pattern.perHour.high]]));
    expect(ranges).toEqual({
      'cursor-light': [0.5, 1.5],
      'cursor-agent': [2, 5],
      'claude-code': [1, 3],
      'parallel-agents': [5, 15],
      'vscode-chat': [0.1, 0.3],
      windsurf: [1, 3],
    });
  });

  test('keep the per-developer daily ranges, heavy one open-ended', () => {
    expect(perDeveloperDay.light.perDay).toEqual({ low: 1, high: 5 });
    expect(perDeveloperDay.moderate.perDay).toEqual({ low: 5, high: 15 });
    expect(perDeveloperDay.heavy.perDay).toEqual({ low: 15, high: 50, openEnded: true });
  });

  test('cover every head-count from 1 up without gaps or overlaps', () => {
    for (let developers = 1; developers <= 200; developers++) {
      expect(reloadTable.filter((row) => developers >= row.minDevelopers && developers <= row.maxDevelopers), `${developers}`).toHaveLength(1);
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
    const resolved = resolve({ ...defaults, point: 'high', pattern: 'cursor-agent', team: { light: 10, moderate: 0, heavy: 0 } });
    expect(resolved.hourlyCost).toBe(5);
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

describe('checkNumber', () => {
  test('accepts a number within bounds', () => {
    expect(checkNumber(' 12.5 ', { min: 0, max: 100 })).toEqual({ value: 12.5 });
  });

  test('says what is wrong with empty, non-numeric, fractional or out-of-range text', () => {
    expect(checkNumber('', { min: 0, max: 100 })).toEqual({ error: 'Enter a number.' });
    expect(checkNumber('ten', { min: 0, max: 100 })).toEqual({ error: 'Enter a number, digits only.' });
    expect(checkNumber('2.5', { min: 0, max: 100 }, true)).toEqual({ error: 'Enter a whole number.' });
    expect(checkNumber('101', { min: 0, max: 100 })).toEqual({ error: 'Enter a number from 0 to 100.' });
  });
});
