// Reset times at their edges: the first and last day of a month, a reset due this very minute, a clock change.
import { describe, expect, test } from 'vitest';
import { readReset, resolveReset } from '../../src/matcher/reset.ts';

const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());

describe('reading a reset', () => {
  test('takes the first and the last day of a month', () => {
    expect(readReset('resets Jan 1')).toMatchObject({ month: 0, day: 1 });
    expect(readReset('resets Jan 31')).toMatchObject({ month: 0, day: 31 });
  });

  test('drops the full stops and spaces that end the sentence', () => {
    expect(readReset('resets 3pm.  ')?.text).toBe('3pm');
    expect(readReset('resets 3pm...')?.text).toBe('3pm');
  });

  test('refuses a day 0', () => {
    expect(readReset('resets Jan 0')).toBeUndefined();
  });

  test('reads "in" with no number as no reset', () => {
    expect(readReset('resets in a while')).toBeUndefined();
  });

  test('reads 1am and 11pm at the ends of the 12-hour clock', () => {
    expect(readReset('resets 1am')).toMatchObject({ hour: 1, minute: 0 });
    expect(readReset('resets 11:59pm')).toMatchObject({ hour: 23, minute: 59 });
  });
});

describe('resolving a reset', () => {
  const noon = Date.UTC(2026, 11, 30, 12, 0);

  test('a time that is now is the same time tomorrow: a reset is always ahead', () => {
    expect(iso(resolveReset(readReset('resets 12:00')!, noon, 'UTC'))).toBe('2026-12-31T12:00:00.000Z');
  });

  test('a date and time that is now is a year ahead', () => {
    expect(iso(resolveReset(readReset('resets Dec 30 at 12:00')!, noon, 'UTC'))).toBe('2027-12-30T12:00:00.000Z');
  });

  test('a date without a time is its midnight', () => {
    expect(iso(resolveReset(readReset('resets Dec 31')!, noon, 'UTC'))).toBe('2026-12-31T00:00:00.000Z');
  });

  test('a weekday without a time is its midnight, the next one after now', () => {
    // 30 December 2026 is a Wednesday.
    expect(iso(resolveReset(readReset('resets Thursday')!, noon, 'UTC'))).toBe('2026-12-31T00:00:00.000Z');
    expect(iso(resolveReset(readReset('resets Wednesday')!, noon, 'UTC'))).toBe('2027-01-06T00:00:00.000Z');
  });

  test('an hour repeated when the clocks go back is its first occurrence', () => {
    // New York leaves summer time at 2am on 1 November 2026, so 1:30am comes twice: first at 05:30 UTC.
    const evening = Date.UTC(2026, 9, 31, 12, 0);
    expect(iso(resolveReset(readReset('resets 1:30am (America/New_York)')!, evening))).toBe('2026-11-01T05:30:00.000Z');
  });

  test('an exact instant is given back as it is, and a relative one counts from now', () => {
    expect(resolveReset({ text: 'x', at: 1767283200000, hour: 3 }, noon)).toBe(1767283200000);
    expect(resolveReset({ text: 'in 1d', inMinutes: 1440, hour: 3 }, noon)).toBe(noon + 86_400_000);
  });
});
