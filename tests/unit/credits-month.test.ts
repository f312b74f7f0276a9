import { describe, expect, test } from 'vitest';
import { dayByDay, hoursOfUse, maxEvents, pick, reloadRow, simulateMonth, suggestedReload, workingDays } from '../../src/credits/arithmetic.ts';
import { chartGeometry, niceStep } from '../../src/credits/chart.ts';
import { bandWords, reloadTable } from '../../src/credits/estimates.ts';
import { formatAmount, formatMoney, formatRange } from '../../src/credits/format.ts';
import { lastsFigures, lastsSentence, monthSummary } from '../../src/credits/summary.ts';

describe('a month without auto-reload', () => {
  test('a balance that exactly covers the month lasts it and ends at zero', () => {
    expect(simulateMonth({ startBalance: 210, dailyBurn: 10, workingDays: 21 })).toEqual({
      reloads: [],
      reloadCount: 0,
      truncated: false,
      added: 0,
      spent: 210,
      runsOutOn: null,
      endBalance: 0,
    });
  });

  test('a balance one dollar short runs out during the last day', () => {
    const month = simulateMonth({ startBalance: 209, dailyBurn: 10, workingDays: 21 });
    expect(month.runsOutOn).toBe(20.9);
    expect(month.spent).toBe(209);
    expect(month.endBalance).toBe(0);
  });

  test('reads a negative balance, burn or month as zero', () => {
    expect(simulateMonth({ startBalance: -50, dailyBurn: 10, workingDays: 2 })).toMatchObject({ spent: 0, runsOutOn: 0, endBalance: 0 });
    expect(simulateMonth({ startBalance: 50, dailyBurn: -10, workingDays: 2 })).toMatchObject({ spent: 0, runsOutOn: null, endBalance: 50 });
    expect(simulateMonth({ startBalance: 50, dailyBurn: 10, workingDays: -2 })).toMatchObject({ spent: 0, runsOutOn: null, endBalance: 50 });
  });

  test('treats a reload of nothing as no reload', () => {
    const month = simulateMonth({ startBalance: 10, dailyBurn: 10, workingDays: 2, reload: { amount: 0, threshold: 5 } });
    expect(month).toMatchObject({ reloadCount: 0, added: 0, spent: 10, runsOutOn: 1, endBalance: 0 });
  });
});

describe('a month with auto-reload', () => {
  test('reloads as many times at once as it takes to lift a balance above the threshold, then as it falls', () => {
    const month = simulateMonth({ startBalance: 0, dailyBurn: 10, workingDays: 2, reload: { amount: 10, threshold: 25 } });
    expect(month.reloads).toEqual([
      { day: 0, before: 0, after: 10 },
      { day: 0, before: 10, after: 20 },
      { day: 0, before: 20, after: 30 },
      { day: 0.5, before: 25, after: 35 },
      { day: 1.5, before: 25, after: 35 },
    ]);
    expect(month).toMatchObject({ reloadCount: 5, truncated: false, added: 50, spent: 20, runsOutOn: null, endBalance: 30 });
  });

  test('reloads once at the start for a balance exactly at the threshold', () => {
    const month = simulateMonth({ startBalance: 25, dailyBurn: 1, workingDays: 1, reload: { amount: 10, threshold: 25 } });
    expect(month.reloads).toEqual([{ day: 0, before: 25, after: 35 }]);
    expect(month.endBalance).toBe(34);
  });

  test('reads a negative threshold as zero', () => {
    const month = simulateMonth({ startBalance: 10, dailyBurn: 10, workingDays: 2, reload: { amount: 10, threshold: -5 } });
    expect(month.reloads).toEqual([{ day: 1, before: 0, after: 10 }]);
    expect(month.endBalance).toBe(0);
  });

  test('is not truncated at exactly maxEvents reloads, and is one more', () => {
    // Every reload of $1 at a threshold of 0 from $0: one at the start, then one per dollar spent.
    const exactly = simulateMonth({ startBalance: 0, dailyBurn: maxEvents, workingDays: 1, reload: { amount: 1, threshold: 0 } });
    expect(exactly.reloadCount).toBe(maxEvents);
    expect(exactly.truncated).toBe(false);
    expect(exactly.reloads).toHaveLength(maxEvents);
    const more = simulateMonth({ startBalance: 0, dailyBurn: maxEvents + 1, workingDays: 1, reload: { amount: 1, threshold: 0 } });
    expect(more.reloadCount).toBe(maxEvents + 1);
    expect(more.truncated).toBe(true);
    expect(more.reloads).toHaveLength(maxEvents);
  });
});

describe('dayByDay', () => {
  test('counts only whole working days and the reloads of each', () => {
    expect(dayByDay({ startBalance: 0, dailyBurn: 10, workingDays: 2.5, reload: { amount: 10, threshold: 25 } })).toEqual([
      { day: 1, reloads: 4, endBalance: 30 },
      { day: 2, reloads: 1, endBalance: 30 },
    ]);
  });
});

describe('the small arithmetic', () => {
  test('picks the average of a range for the midpoint', () => {
    expect(pick({ low: 1, high: 4 }, 'mid')).toBe(2.5);
    expect(pick({ low: 1, high: 4 }, 'low')).toBe(1);
    expect(pick({ low: 1, high: 4 }, 'high')).toBe(4);
  });

  test('gives zero hours for an empty balance, and nothing for a negative one or a free hour', () => {
    expect(hoursOfUse(0, 2)).toBe(0);
    expect(hoursOfUse(-1, 2)).toBeNull();
    expect(hoursOfUse(10, 0)).toBeNull();
    expect(workingDays(0, 6)).toBe(0);
    expect(workingDays(12, 0)).toBeNull();
    expect(workingDays(null, 6)).toBeNull();
  });

  test('rounds a part of a developer up to a whole one for the reload table', () => {
    expect(reloadRow(1)?.maxDevelopers).toBe(1);
    expect(reloadRow(1.5)?.minDevelopers).toBe(2);
    expect(reloadRow(5.2)?.minDevelopers).toBe(6);
    expect(reloadRow(0.9)).toBeUndefined();
    expect(reloadRow(Number.NaN)).toBeUndefined();
    expect(suggestedReload(3, 'mid')).toEqual({ amount: 50, threshold: 10 });
    expect(suggestedReload(1, 'high')).toEqual({ amount: 20, threshold: 5 });
    expect(suggestedReload(0, 'high')).toBeUndefined();
  });

  test('names each band of the reload table', () => {
    expect(reloadTable.map(bandWords)).toEqual([
      'one person',
      '2 to 5 developers',
      '6 to 15 developers',
      '16 to 50 developers',
      'more than 50 developers',
    ]);
  });
});

describe('money and amounts in words', () => {
  test('rounds to cents first, then drops them from $100 up and from whole dollars', () => {
    expect(formatMoney(99.999)).toBe('$100');
    expect(formatMoney(99.5)).toBe('$99.50');
    expect(formatMoney(100.4)).toBe('$100');
    expect(formatMoney(1250.4)).toBe('$1,250');
    expect(formatMoney(-2.5)).toBe('-$2.50');
    expect(formatMoney(-150.6)).toBe('-$151');
    expect(formatMoney(0.3)).toBe('$0.30');
  });

  test('writes a range of one figure as that figure', () => {
    expect(formatRange({ low: 5, high: 5 })).toBe('$5');
    expect(formatRange({ low: 5, high: 5, openEnded: true })).toBe('$5+');
    expect(formatRange({ low: 15, high: 50, openEnded: true })).toBe('$15–$50+');
  });

  test('writes one decimal only under ten and only when it shows', () => {
    expect(formatAmount(9.95)).toBe('10');
    expect(formatAmount(9.94)).toBe('9.9');
    expect(formatAmount(-2.5)).toBe('-2.5');
    expect(formatAmount(10.5)).toBe('11');
    expect(formatAmount(1234.5)).toBe('1,235');
  });
});

describe('the results in words', () => {
  test('give hours and working days of so many hours', () => {
    expect(lastsFigures(12.5, 2.0833, 6)).toEqual({ hours: '13 hours', days: '2.1 working days of 6 hours' });
    expect(lastsFigures(null, 1, 6)).toEqual({ hours: '–', days: '–' });
    expect(lastsFigures(1, null, 6)).toEqual({ hours: '–', days: '–' });
  });

  test('cap the figures at 250 working days, and not at 250 itself', () => {
    expect(lastsFigures(3000, 500, 6)).toEqual({ hours: 'more than 1,500 hours', days: 'more than 250 working days' });
    expect(lastsFigures(1500, 250, 6)).toEqual({ hours: '1,500 hours', days: '250 working days of 6 hours' });
  });

  test('say how long a balance lasts in one sentence', () => {
    expect(lastsSentence(20, 1.5, 13.33, 2.22, 6)).toBe('At $1.50 an hour, $20 lasts about 13 hours of use: 2.2 working days of 6 hours.');
    expect(lastsSentence(20, 0, null, null, 6)).toBe('Enter an hourly cost above zero to see how long the balance lasts.');
    expect(lastsSentence(20, 1, 20, null, 6)).toBe('Enter an hourly cost above zero to see how long the balance lasts.');
    expect(lastsSentence(10_000, 0.05, 200_000, 1500, 8)).toBe(
      'At $0.05 an hour, $10,000 lasts more than 250 working days of 8 hours, about a year of work: long enough that prices and tools will change before it runs out.',
    );
  });

  test('describe a month with nothing spent, one that lasts, and one that runs dry in a day', () => {
    expect(monthSummary(100, 0, 21, undefined, simulateMonth({ startBalance: 100, dailyBurn: 0, workingDays: 21 }))).toBe(
      'Starting from $100 and spending about $0 a working day, the balance stays where it is.',
    );
    expect(monthSummary(100, 1, 21, undefined, simulateMonth({ startBalance: 100, dailyBurn: 1, workingDays: 21 }))).toBe(
      'Starting from $100 and spending about $1 a working day, the balance lasts all 21 working days and ends at $79.',
    );
    expect(monthSummary(10, 20, 1, undefined, simulateMonth({ startBalance: 10, dailyBurn: 20, workingDays: 1 }))).toBe(
      'Starting from $10 and spending about $20 a working day, the balance runs out after about 0.5 working days, with no auto-reload to refill it; work stops there for the rest of the day.',
    );
    expect(monthSummary(10, 20, 3, undefined, simulateMonth({ startBalance: 10, dailyBurn: 20, workingDays: 3 }))).toBe(
      'Starting from $10 and spending about $20 a working day, the balance runs out after about 0.5 working days, with no auto-reload to refill it; work stops there for the rest of the 3 working days.',
    );
  });

  test('describe a month whose reload never fires as one that lasts', () => {
    const reload = { amount: 50, threshold: 10 };
    expect(monthSummary(100, 1, 21, reload, simulateMonth({ startBalance: 100, dailyBurn: 1, workingDays: 21, reload }))).toBe(
      'Starting from $100 and spending about $1 a working day, the balance lasts all 21 working days and ends at $79.',
    );
  });

  test('describe rare reloads as one every so many days, and frequent ones as so many a day', () => {
    const rare = { amount: 30, threshold: 10 };
    expect(monthSummary(50, 20, 3, rare, simulateMonth({ startBalance: 50, dailyBurn: 20, workingDays: 3, reload: rare }))).toBe(
      'Starting from $50 and spending about $20 a working day, auto-reload adds $30 each time the balance falls to $10: 1 reload in 3 working days (about one every 3 working days), $30 added in all. The month ends with $20.',
    );
    const daily = { amount: 10, threshold: 5 };
    expect(monthSummary(15, 20, 2, daily, simulateMonth({ startBalance: 15, dailyBurn: 20, workingDays: 2, reload: daily }))).toBe(
      'Starting from $15 and spending about $20 a working day, auto-reload adds $10 each time the balance falls to $5: 3 reloads in 2 working days (about 1.5 reloads a working day), $30 added in all. The month ends with $5.',
    );
  });
});

describe('the chart', () => {
  test('picks steps of 1, 2, 2.5 and 5 times a power of ten', () => {
    expect([niceStep(0), niceStep(-3), niceStep(3), niceStep(12), niceStep(21), niceStep(40), niceStep(0.7), niceStep(70), niceStep(100)]).toEqual([
      1, 1, 5, 20, 25, 50, 1, 100, 100,
    ]);
  });

  test('lays out a balance that runs out: the line drops to zero and stays there, ticks every day and every $25', () => {
    const geometry = chartGeometry({ startBalance: 100, workingDays: 4, month: simulateMonth({ startBalance: 100, dailyBurn: 40, workingDays: 4 }) });
    expect(geometry).toEqual({
      width: 640,
      height: 260,
      plot: { left: 64, top: 16, right: 624, bottom: 220 },
      line: '64,16 414,220 624,220',
      reloads: [],
      xTicks: [0, 1, 2, 3, 4].map((day) => ({ at: 64 + day * 140, label: String(day) })),
      yTicks: [
        { at: 220, label: '$0' },
        { at: 169, label: '$25' },
        { at: 118, label: '$50' },
        { at: 67, label: '$75' },
        { at: 16, label: '$100' },
      ],
      emptyAt: { x: 414, y: 220 },
    });
  });

  test('lays out a reload on a narrow chart: the threshold line, the reload’s mark and its label', () => {
    const reload = { amount: 30, threshold: 10 };
    const month = simulateMonth({ startBalance: 50, dailyBurn: 20, workingDays: 3, reload });
    expect(chartGeometry({ startBalance: 50, workingDays: 3, threshold: 10, month, width: 100 })).toEqual({
      width: 300,
      height: 260,
      plot: { left: 64, top: 16, right: 284, bottom: 220 },
      line: '64,50 210.7,186 210.7,84 284,152',
      reloads: [{ x: 210.7, y: 84, label: 'Reload after 2 working days: $10 to $40' }],
      xTicks: [
        { at: 64, label: '0' },
        { at: 137.3, label: '1' },
        { at: 210.7, label: '2' },
        { at: 284, label: '3' },
      ],
      yTicks: [
        { at: 220, label: '$0' },
        { at: 152, label: '$20' },
        { at: 84, label: '$40' },
        { at: 16, label: '$60' },
      ],
      thresholdY: 186,
    });
  });

  test('draws no threshold line when no reload happens, and labels a reload at the start', () => {
    const quiet = simulateMonth({ startBalance: 100, dailyBurn: 1, workingDays: 3, reload: { amount: 30, threshold: 10 } });
    expect(chartGeometry({ startBalance: 100, workingDays: 3, threshold: 10, month: quiet }).thresholdY).toBeUndefined();
    const atStart = simulateMonth({ startBalance: 0, dailyBurn: 1, workingDays: 3, reload: { amount: 30, threshold: 10 } });
    expect(chartGeometry({ startBalance: 0, workingDays: 3, threshold: 10, month: atStart }).reloads[0]?.label).toBe(
      'Reload at the start: $0 to $30',
    );
  });

  test('ticks every fifth day on a long month and adds the last day unless it crowds the one before', () => {
    const month = (days: number) => simulateMonth({ startBalance: 1000, dailyBurn: 1, workingDays: days });
    const labels = (days: number) => chartGeometry({ startBalance: 1000, workingDays: days, month: month(days) }).xTicks.map((tick) => tick.label);
    expect(labels(10)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(labels(21)).toEqual(['0', '5', '10', '15', '20']);
    expect(labels(23)).toEqual(['0', '5', '10', '15', '20', '23']);
    expect(labels(22)).toEqual(['0', '5', '10', '15', '20']);
  });

  test('shades the stretch it cannot draw reload by reload', () => {
    const month = simulateMonth({ startBalance: 0, dailyBurn: 10_000, workingDays: 2, reload: { amount: 10, threshold: 5 } });
    const geometry = chartGeometry({ startBalance: 0, workingDays: 2, threshold: 5, month });
    const last = month.reloads.at(-1)!;
    const x = (day: number) => Math.round((64 + (day / 2) * 560) * 10) / 10;
    expect(geometry.band).toMatchObject({ x: x(last.day), width: Math.round((624 - (64 + (last.day / 2) * 560)) * 10) / 10 });
    expect(geometry.band!.height).toBeGreaterThan(0);
    expect(geometry.emptyAt).toBeUndefined();
  });
});
