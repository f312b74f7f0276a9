// The few words of a paste worth searching for when the matcher recognised nothing.
import { normalise } from './normalise.ts';

const messageField = /"message"\s*:\s*"([^"\n]{3,300})"|'message'\s*:\s*(?:'([^'\n]{3,300})'|"([^"\n]{3,300})")/;
const stackFrame = /^\s*(?:at\s|File\s"|Traceback|\^)/;
const word = /[\p{L}][\p{L}\p{N}'’_-]*/gu;

/** Up to `limit` words for a search query: the API's message when there is one, else the wordiest line. */
export function tellingWords(text: string, limit = 8): string {
  const plain = normalise(typeof text === 'string' ? text.slice(0, 20_000) : '').plain;
  const field = messageField.exec(plain);
  let best = field ? (field[1] ?? field[2] ?? field[3] ?? '') : '';
  if (!best) {
    let bestCount = 0;
    for (const line of plain.split(/\r?\n/).slice(0, 500)) {
      if (stackFrame.test(line)) continue;
      const count = (line.match(word) ?? []).filter((w) => w.length >= 3).length;
      if (count > bestCount) {
        best = line;
        bestCount = count;
      }
    }
  }
  return (best.match(word) ?? [])
    .filter((w) => w.length >= 2)
    .slice(0, limit)
    .join(' ');
}
