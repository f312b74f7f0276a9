// Stretches of text: how far apart they are, and merging them.

/** A stretch of the original paste: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** How far apart two spans are; 0 when they touch or overlap. */
export function distance(a: Span, b: Span): number {
  return a.end < b.start ? b.start - a.end : b.end < a.start ? a.start - b.end : 0;
}

/** Sorts spans and merges those that overlap or lie within `gap` of each other. */
export function mergeSpans(spans: Span[], gap = 0): Span[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end + gap) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whether `index` lies in one of the `[start, end)` ranges. */
export function inRanges(ranges: readonly (readonly [number, number])[], index: number): boolean {
  return ranges.some(([start, end]) => index >= start && index < end);
}
