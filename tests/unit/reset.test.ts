import { describe, expect, test } from 'vitest';
import { readReset, resolveReset } from '../../src/matcher/reset.ts';

const now = Date.UTC(2026, 10, 30, 23, 0); // Monday 30 November 2026, 23:00 UTC

describe('readReset', () => {
  test('reads a clock time with its zone', () => {
    expect(readReset("You've hit your session limit · resets 3:45pm (Europe/Lisbon)")).toEqual({
      text: '3:45pm (Europe/Lisbon)',
      hour: 15,
      minute: 45,
      zone: 'Europe/Lisbon',
    });
  });

  test('reads a weekday and a time without a zone', () => {
    expect(readReset("You've hit your weekly limit · resets Mon 12:00am")).toEqual({ text: 'Mon 12:00am', hour: 0, minute: 0, weekday: 1 });
  });

  test('reads a month, a day and a time', () => {
    expect(readReset('resets May 5 at 9pm (America/New_York)')).toMatchObject({ month: 4, day: 5, hour: 21, minute: 0, zone: 'America/New_York' });
  });

  test('reads a relative reset', () => {
    expect(readReset("You've hit your fast limit · resets in 2h 13m")).toEqual({ text: 'in 2h 13m', inMinutes: 133 });
  });

  test('reads a full date with UTC', () => {
    expect(readReset('spend limit reached (daily; resets 2026-08-09 00:00 UTC)')).toMatchObject({
      year: 2026,
      month: 7,
      day: 9,
      hour: 0,
      minute: 0,
      zone: 'UTC',
    });
  });

  test('ignores a zone the runtime does not know, and text with no time in it', () => {
    expect(readReset('resets 3am (Mars/Olympus)')).toEqual({ text: '3am (Mars/Olympus)', hour: 3, minute: 0 });
    expect(readReset('the counter resets when it likes')).toBeUndefined();
    expect(readReset('resets 13pm')).toBeUndefined();
  });
});

describe('resolveReset', () => {
  test('gives the next such time in the printed zone', () => {
    const reading = readReset('resets 3:45pm (Europe/Lisbon)')!;
    expect(new Date(resolveReset(reading, now)!).toISOString()).toBe('2026-12-01T15:45:00.000Z');
  });

  test('follows the zone offset: New York is five hours behind UTC in winter', () => {
    const reading = readReset('resets 9am (America/New_York)')!;
    expect(new Date(resolveReset(reading, now)!).toISOString()).toBe('2026-12-01T14:00:00.000Z');
  });

  test('finds the next named weekday in the assumed zone', () => {
    const reading = readReset('resets Mon 12:00am')!;
    expect(new Date(resolveReset(reading, now, 'UTC')!).toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  test('adds a relative reset to now', () => {
    expect(resolveReset(readReset('resets in 2h 13m')!, now)).toBe(now + 133 * 60_000);
  });

  test('keeps a printed year', () => {
    expect(new Date(resolveReset(readReset('resets 2026-08-09 00:00 UTC')!, now)!).toISOString()).toBe('2026-08-09T00:00:00.000Z');
  });
});

describe('readReset, on the forms tools print', () => {
  test('reads "in 2d 3h" as two days and three hours: 3060 minutes', () => {
    expect(readReset('Weekly limit reached, resets in 2d 3h')).toEqual({ text: 'in 2d 3h', inMinutes: 3060 });
  });

  test('reads minutes alone, days spelt out and an hour spelt out', () => {
    expect(readReset('resets in 45m')?.inMinutes).toBe(45);
    expect(readReset('resets in 3 days')?.inMinutes).toBe(3 * 24 * 60);
    expect(readReset('resets in 1 hour')?.inMinutes).toBe(60);
  });

  test('reads noon as 12 and midnight as 0', () => {
    expect(readReset('resets 12pm')).toEqual({ text: '12pm', hour: 12, minute: 0 });
    expect(readReset('resets 12am')).toEqual({ text: '12am', hour: 0, minute: 0 });
  });

  test('reads a 24-hour clock time and a bare UTC after it', () => {
    expect(readReset('resets 10:30')).toEqual({ text: '10:30', hour: 10, minute: 30 });
    expect(readReset('resets 7:05 UTC')).toEqual({ text: '7:05 UTC', hour: 7, minute: 5, zone: 'UTC' });
  });

  test('refuses a minute past 59, a day past 31 and an hour 0 on a 12-hour clock', () => {
    expect(readReset('resets 9:75pm')).toBeUndefined();
    expect(readReset('resets Jan 32')).toBeUndefined();
    expect(readReset('resets 0:30pm')).toBeUndefined();
  });

  test('reads a month written out or abbreviated with a dot, and a weekday written out', () => {
    expect(readReset('resets Sept. 5')).toEqual({ text: 'Sept. 5', month: 8, day: 5 });
    expect(readReset('resets December 24')).toEqual({ text: 'December 24', month: 11, day: 24 });
    expect(readReset('resets Tuesday')).toEqual({ text: 'Tuesday', weekday: 2 });
  });

  test('drops the punctuation that ends the sentence, and reads "reset at"', () => {
    expect(readReset('Your limit resets 3pm.')).toEqual({ text: '3pm', hour: 15, minute: 0 });
    expect(readReset('It will reset at 5pm')).toEqual({ text: '5pm', hour: 17, minute: 0 });
  });

  test('skips a "resets" with no time in it and reads the next one', () => {
    expect(readReset('the counter resets when it likes\nYour limit resets 4pm')).toEqual({ text: '4pm', hour: 16, minute: 0 });
  });

  test('reads a date-only ISO reset without taking its digits for a time', () => {
    expect(readReset('resets 2026-08-09 (UTC)')).toEqual({ text: '2026-08-09 (UTC)', year: 2026, month: 7, day: 9, zone: 'UTC' });
  });
});

describe('resolveReset, around the turn of the year and the clock', () => {
  const december30 = Date.UTC(2026, 11, 30, 12, 0);

  test('reads "resets Jan 5" on 30 December as 5 January of the next year', () => {
    expect(new Date(resolveReset(readReset('resets Jan 5')!, december30, 'UTC')!).toISOString()).toBe('2027-01-05T00:00:00.000Z');
  });

  test('reads a date later this year as this year', () => {
    expect(new Date(resolveReset(readReset('resets Dec 31 at 9am')!, december30, 'UTC')!).toISOString()).toBe('2026-12-31T09:00:00.000Z');
  });

  test('takes a time later today as today, and one already past as tomorrow', () => {
    expect(new Date(resolveReset(readReset('resets 3pm')!, december30, 'UTC')!).toISOString()).toBe('2026-12-30T15:00:00.000Z');
    expect(new Date(resolveReset(readReset('resets 11am')!, december30, 'UTC')!).toISOString()).toBe('2026-12-31T11:00:00.000Z');
  });

  test('takes today’s weekday at a time already past as the same weekday next week', () => {
    // 30 December 2026 is a Wednesday.
    expect(new Date(resolveReset(readReset('resets Wed 9am')!, december30, 'UTC')!).toISOString()).toBe('2027-01-06T09:00:00.000Z');
    expect(new Date(resolveReset(readReset('resets Wed 1pm')!, december30, 'UTC')!).toISOString()).toBe('2026-12-30T13:00:00.000Z');
  });

  test('follows summer time: New York is four hours behind UTC in July', () => {
    const july1 = Date.UTC(2026, 6, 1, 20, 0);
    expect(new Date(resolveReset(readReset('resets 9am (America/New_York)')!, july1)!).toISOString()).toBe('2026-07-02T13:00:00.000Z');
  });

  test('prefers the printed zone over the assumed one', () => {
    expect(new Date(resolveReset(readReset('resets 9am (Asia/Tokyo)')!, december30, 'UTC')!).toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });

  test('gives no instant for a reading with neither a time nor a date', () => {
    expect(resolveReset({ text: 'soon' }, december30, 'UTC')).toBeUndefined();
  });
});
