// For a mistyped guide address: the guide id nearest to what was typed.
import { editDistance } from './vocabulary.ts';

/** The id in `/errors/<id>` of a path, lowercased, or undefined when the path is not under /errors/. */
export function typedGuideId(path: string): string | undefined {
  const match = /^\/errors\/([^/?#]+)\/?/i.exec(path);
  if (!match) return undefined;
  let typed = match[1]!;
  try {
    typed = decodeURIComponent(typed);
  } catch {
    // A broken escape is compared as typed.
  }
  return typed
    .toLowerCase()
    .replace(/\.(md|html?)$/, '')
    .replace(/[\s_]+/g, '-')
    .slice(0, 80);
}

/** The known id closest to `typed`: within a third of its length in edits, or one that contains it or that it contains. */
export function nearestId(typed: string, ids: readonly string[]): string | undefined {
  if (!typed) return undefined;
  const limit = Math.max(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const id of ids) {
    const d = id.includes(typed) || typed.includes(id) ? 1 : editDistance(typed, id, limit);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}
