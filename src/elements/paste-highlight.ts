// Which parts of a paste the result shows, and which of those are marked: the whole paste when it is short,
// else the stretches around the matched words, so a huge paste never becomes a huge copy.
import type { Span } from '../matcher/diagnose.ts';

/** A run of text in the copy: matched words, plain text, or a gap standing for text left out. */
export interface HighlightPiece {
  text: string;
  kind: 'mark' | 'text' | 'gap';
}

/** Splits `text` into pieces around `evidence`, keeping at most about `budget` chars of it. */
export function highlightPieces(text: string, evidence: readonly Span[], budget = 4000, context = 200): HighlightPiece[] {
  const spans = evidence.filter((span) => span.end > span.start && span.start >= 0 && span.end <= text.length);
  const windows: Span[] = [];
  if (text.length <= budget) windows.push({ start: 0, end: text.length });
  else if (spans.length === 0) windows.push({ start: 0, end: budget });
  else {
    let used = 0;
    for (const span of spans) {
      const start = Math.max(0, span.start - context);
      const end = Math.min(text.length, span.end + context, start + budget - used);
      if (end <= start) break;
      const last = windows[windows.length - 1];
      if (last && start <= last.end) {
        used += Math.max(0, end - last.end);
        last.end = Math.max(last.end, end);
      } else {
        windows.push({ start, end });
        used += end - start;
      }
      if (used >= budget) break;
    }
  }
  const pieces: HighlightPiece[] = [];
  const push = (piece: HighlightPiece) => {
    if (piece.text) pieces.push(piece);
  };
  let cursor = 0;
  for (const window of windows) {
    if (window.start > cursor) push({ text: '…', kind: 'gap' });
    let at = window.start;
    for (const span of spans) {
      if (span.end <= at || span.start >= window.end) continue;
      const start = Math.max(span.start, at);
      const end = Math.min(span.end, window.end);
      push({ text: text.slice(at, start), kind: 'text' });
      push({ text: text.slice(start, end), kind: 'mark' });
      at = end;
    }
    push({ text: text.slice(at, window.end), kind: 'text' });
    cursor = window.end;
  }
  if (cursor < text.length) push({ text: '…', kind: 'gap' });
  return pieces;
}
