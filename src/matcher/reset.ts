// When a limit resets: read "resets 3:45pm (Europe/Lisbon)", "resets Mon 12:00am", "resets May 5 at 9pm (…)"
// and "resets in 2h 13m" off a paste, then turn the reading into an instant, given the time it is now.

/** A reset time as printed, split into what it says. */
export interface ResetReading {
  /** The words after "resets", as printed (at most 80 characters). */
  text: string;
  /** Hour (0–23) and minute, when a clock time is printed. */
  hour?: number;
  minute?: number;
  /** 0 (Sunday) to 6, when a weekday is printed. */
  weekday?: number;
  /** The year, when a full date is printed (2026-08-09). */
  year?: number;
  /** 0 (January) to 11 and the day of the month, when a date is printed. */
  month?: number;
  day?: number;
  /** A relative reset ("in 2h 13m"), in minutes. */
  inMinutes?: number;
  /** The IANA time zone printed in brackets, when it is a real one. */
  zone?: string;
  /** The exact instant (ms since 1970), when the paste gives it as a Unix time (the `-reset` header, `…reached|<time>`). */
  at?: number;
}

/** Unix times in seconds from 2001 to 2286: ten digits. */
const unixSeconds = /^\d{10}$/;

/** A reset given as a Unix time in seconds, or undefined when the text is not one. */
export function readUnixReset(seconds: string): ResetReading | undefined {
  if (!unixSeconds.test(seconds)) return undefined;
  const at = Number(seconds) * 1000;
  return { text: `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`, zone: 'UTC', at };
}

const resetPattern = /\bresets?\s+(?:at\s+)?([^\n\r·•|"'`{}[\]]{1,80})/gi;
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const clock = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b|\b([01]?\d|2[0-3]):(\d{2})\b/i;
const monthDay = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b/i;
const isoDate = /\b(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const weekday = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;
const zonePattern = /\(([A-Za-z]+(?:\/[A-Za-z0-9_+-]+){0,2}|UTC)\)|\b(UTC)\b/;
const relative = /^in\s+(?:(\d{1,3})\s*d(?:ays?)?\s*)?(?:(\d{1,3})\s*h(?:ours?|rs?)?\s*)?(?:(\d{1,3})\s*m(?:in(?:ute)?s?)?)?/i;

/** Zones already asked about: building a formatter is the costliest step of reading a reset time. */
const knownZones = new Map<string, boolean>();

/** Whether the runtime knows this IANA zone. */
function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    // A hostile paste could name endless made-up zones; the cache stays small.
    if (knownZones.size < 256) knownZones.set(zone, known);
  }
  return known;
}

/** The first reset time printed in `plain`, or undefined. */
export function readReset(plain: string): ResetReading | undefined {
  resetPattern.lastIndex = 0;
  for (let match = resetPattern.exec(plain), tries = 0; match && tries < 64; match = resetPattern.exec(plain), tries++) {
    const text = match[1]!.trim().replace(/[.,;:]+$/, '');
    const reading: ResetReading = { text };
    const rel = relative.exec(text);
    if (rel && (rel[1] || rel[2] || rel[3])) {
      reading.inMinutes = Number(rel[1] ?? 0) * 1440 + Number(rel[2] ?? 0) * 60 + Number(rel[3] ?? 0);
      return reading;
    }
    const iso = isoDate.exec(text);
    const time = clock.exec(iso ? text.replace(iso[0], '') : text);
    const date = monthDay.exec(text);
    const day = weekday.exec(text);
    if (!time && !date && !day && !iso) continue;
    if (time) {
      if (time[3]) {
        const hour12 = Number(time[1]);
        if (hour12 < 1 || hour12 > 12) continue;
        reading.hour = (hour12 % 12) + (time[3].toLowerCase() === 'pm' ? 12 : 0);
        reading.minute = Number(time[2] ?? 0);
      } else {
        reading.hour = Number(time[4]);
        reading.minute = Number(time[5]);
      }
      if (reading.minute > 59) continue;
    }
    if (iso) {
      reading.year = Number(iso[1]);
      reading.month = Number(iso[2]) - 1;
      reading.day = Number(iso[3]);
    } else if (date) {
      reading.month = months.indexOf(date[1]!.slice(0, 3).toLowerCase());
      reading.day = Number(date[2]);
      if (reading.day < 1 || reading.day > 31) continue;
    } else if (day) reading.weekday = weekdays.indexOf(day[1]!.slice(0, 3).toLowerCase());
    const zone = zonePattern.exec(text);
    const name = zone?.[1] ?? zone?.[2];
    if (name && isTimeZone(name)) reading.zone = name;
    return reading;
  }
  return undefined;
}

/** The wall-clock parts of an instant in a zone. */
function wallClock(at: number, zone: string | undefined) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')) - 1,
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    weekday: weekdays.indexOf(get('weekday').slice(0, 3).toLowerCase()),
  };
}

/** The instant at which the wall clock in `zone` shows this date and time (the earlier one across a DST fold). */
function fromWallClock(year: number, month: number, day: number, hour: number, minute: number, zone: string | undefined): number {
  const target = Date.UTC(year, month, day, hour, minute);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const wall = wallClock(guess, zone);
    const shown = Date.UTC(wall.year, wall.month, wall.day, wall.hour, wall.minute);
    if (shown === target) break;
    guess += target - shown;
  }
  return guess;
}

/**
 * The next instant, after `now`, that the reading names; undefined when it names no time of day or date.
 * Without a printed zone the reset is taken in `assumedZone` (the reader's own zone when undefined).
 */
export function resolveReset(reading: ResetReading, now: number, assumedZone?: string): number | undefined {
  if (reading.at !== undefined) return reading.at;
  if (reading.inMinutes !== undefined) return now + reading.inMinutes * 60_000;
  if (reading.hour === undefined && reading.month === undefined && reading.weekday === undefined) return undefined;
  const zone = reading.zone ?? assumedZone;
  const today = wallClock(now, zone);
  const hour = reading.hour ?? 0;
  const minute = reading.minute ?? 0;
  if (reading.month !== undefined && reading.day !== undefined) {
    if (reading.year !== undefined) return fromWallClock(reading.year, reading.month, reading.day, hour, minute, zone);
    for (const year of [today.year, today.year + 1]) {
      const at = fromWallClock(year, reading.month, reading.day, hour, minute, zone);
      if (at > now) return at;
    }
    return undefined;
  }
  for (let ahead = 0; ahead <= 7; ahead++) {
    const date = new Date(Date.UTC(today.year, today.month, today.day + ahead));
    if (reading.weekday !== undefined && date.getUTCDay() !== reading.weekday) continue;
    const at = fromWallClock(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, minute, zone);
    if (at > now) return at;
  }
  return undefined;
}
