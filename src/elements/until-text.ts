// How long until a limit resets, in words: apart from the paste box's element so it can be tested without a DOM.

/** "45 min", "2 h 5 min", "3 days": how long until an instant, roughly. */
export function untilText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}
