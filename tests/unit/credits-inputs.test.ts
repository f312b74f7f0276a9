import { describe, expect, test } from 'vitest';
import { askFor, checkNumber, limits, readNumber, reloadProblem, smallestReload } from '../../src/credits/bounds.ts';
import { defaults, fromQuery, linkCorrections, resolve, toQuery, type Settings } from '../../src/credits/state.ts';

describe('checkNumber, each refusal in its own words', () => {
  test('asks for a whole number of developers and says the range', () => {
    expect(checkNumber('2.5', limits.developers)).toEqual({ error: 'Use a whole number. Enter a number of developers from 0 to 10,000.' });
  });

  test('refuses a figure under the smallest the estimator takes, naming hours as hours', () => {
    expect(checkNumber('0.2', limits.hoursPerDay)).toEqual({
      error: 'That is less than this estimator takes. Enter a number of hours from 0.5 to 24.',
    });
    expect(checkNumber('0.5', limits.hoursPerDay)).toEqual({ value: 0.5 });
  });

  test('says which way a figure is wrong: not a number, too large, negative, or missing', () => {
    expect(checkNumber('abc', limits.balance)).toEqual({ error: 'That is not a number. Enter an amount from $0 to $10,000.' });
    expect(checkNumber('1e400', limits.balance)).toEqual({ error: 'That is more than this estimator takes. Enter an amount from $0 to $10,000.' });
    expect(checkNumber('10000.01', limits.balance)).toEqual({ error: 'That is more than this estimator takes. Enter an amount from $0 to $10,000.' });
    expect(checkNumber('10000', limits.balance)).toEqual({ value: 10_000 });
    expect(checkNumber('-1', limits.balance)).toEqual({ error: 'This figure cannot be negative. Enter an amount from $0 to $10,000.' });
    expect(checkNumber('  ', limits.balance)).toEqual({ error: 'Enter an amount from $0 to $10,000.' });
  });

  test('explains why a reload under $5 is refused, and offers 0 for none', () => {
    expect(checkNumber('3', limits.reloadAmount)).toEqual({
      error:
        '$5 is the smallest reload this estimator takes: a smaller one would fire so often that no estimate means anything. Enter 0 for no auto-reload, or an amount from $5 to $100,000.',
    });
    expect(askFor(limits.reloadAmount)).toBe('Enter 0 for no auto-reload, or an amount from $5 to $100,000.');
    expect(askFor(limits.hoursPerDay)).toBe('Enter a number of hours from 0.5 to 24.');
  });
});

describe('readNumber, for figures in a link', () => {
  test('gives nothing for a missing value, and reads one with spaces or a bare decimal point', () => {
    expect(readNumber(null, limits.balance)).toBeUndefined();
    expect(readNumber(undefined, limits.balance)).toBeUndefined();
    expect(readNumber(' 12 ', limits.balance)).toBe(12);
    expect(readNumber('.5', limits.balance)).toBe(0.5);
    expect(readNumber('5.', limits.balance)).toBe(5);
  });

  test('rounds whole figures to the nearest, and keeps 0 as "no reload"', () => {
    expect(readNumber('2.4', limits.developers)).toBe(2);
    expect(readNumber('2.5', limits.developers)).toBe(3);
    expect(readNumber('0', limits.reloadAmount)).toBe(0);
    expect(readNumber('4', limits.reloadAmount)).toBe(5);
  });
});

describe('reloadProblem and smallestReload', () => {
  const tiny = { startBalance: 0, dailyBurn: 100, workingDays: 2, reload: { amount: 0.5, threshold: 10 } };

  test('call a reload under a dollar "a reload this small" and name the smallest whole-dollar reload that works', () => {
    expect(smallestReload(tiny)).toBe(11);
    expect(reloadProblem(tiny)).toBe(
      'At about $100 a working day, a reload this small would fire more than 10 times a working day, which is no way to run a balance. Add at least $11 each time, or lower the threshold.',
    );
  });

  test('find no problem when nothing is spent', () => {
    expect(reloadProblem({ ...tiny, dailyBurn: 0 })).toBeUndefined();
  });

  test('keep a reload that already fires often enough as it is', () => {
    expect(smallestReload({ ...tiny, reload: { amount: 40, threshold: 10 } })).toBe(40);
  });
});

describe('the calculator’s link', () => {
  const settings: Settings = {
    ...defaults,
    point: 'low',
    pattern: 'vscode-chat',
    hourlyCost: 3,
    balance: 60,
    hoursPerDay: 5,
    team: { light: 1, moderate: 5, heavy: 2 },
    dailyCost: { light: 3, heavy: 40 },
    teamBalance: 300,
    workingDays: 20,
    reloadAmount: 70,
    reloadThreshold: 15,
  };

  test('writes only what differs from the defaults, under its short key, in a fixed order', () => {
    expect(toQuery(settings)).toBe(
      'point=low&tool=vscode-chat&rate=3&balance=60&hours=5&light=1&heavy=2&light_cost=3&heavy_cost=40&team_balance=300&days=20&reload=70&at=15',
    );
  });

  test('reads a link given as URLSearchParams, keeping the defaults for what it leaves out', () => {
    expect(fromQuery(new URLSearchParams('light=4&light_cost=2&point=low&tool=own'))).toEqual({
      point: 'low',
      pattern: 'own',
      hourlyCost: undefined,
      balance: 50,
      hoursPerDay: 6,
      team: { light: 4, moderate: 5, heavy: 1 },
      dailyCost: { light: 2 },
      teamBalance: 200,
      workingDays: 21,
      reloadAmount: undefined,
      reloadThreshold: undefined,
    });
  });

  test('names the fields whose figure it had to change, from URLSearchParams too', () => {
    expect(linkCorrections(new URLSearchParams('days=5&light=1.5&hours=0.4'))).toEqual(['hoursPerDay', 'team.light']);
  });
});

describe('resolve, when the reader chose nothing', () => {
  test('uses $2 an hour for "my own" until one is typed', () => {
    expect(resolve({ ...defaults, pattern: 'own' }).hourlyCost).toBe(2);
  });

  test('suggests no reload for an empty team, and the midpoint daily costs', () => {
    const resolved = resolve({ ...defaults, team: { light: 0, moderate: 0, heavy: 0 } });
    expect(resolved.reloadAmount).toBe(0);
    expect(resolved.reloadThreshold).toBe(0);
    expect(resolved.dailyCost).toEqual({ light: 3, moderate: 10, heavy: 32.5 });
    expect(resolved.team).toEqual({ light: 0, moderate: 0, heavy: 0 });
  });
});
