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
