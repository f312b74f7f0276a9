// The catalogue's dates in words, read in UTC so the build machine's time zone cannot shift them.

/** "30 November 2026" for a day; "November 2026" for a month (`YYYY-MM`). */
export function longDate(date: string): string {
  const month = date.length === 7;
  return new Date(`${month ? `${date}-01` : date}T00:00:00Z`).toLocaleDateString('en-GB', {
    ...(month ? {} : { day: 'numeric' }),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** When a wording was seen: "seen since May 2026", "seen in May 2026", "seen from April 2026 to August 2026". */
export function seenText(first: string, last: string | undefined): string {
  if (!last) return `seen since ${longDate(first)}`;
  return last === first ? `seen in ${longDate(first)}` : `seen from ${longDate(first)} to ${longDate(last)}`;
}
