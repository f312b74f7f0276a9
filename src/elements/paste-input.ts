// What a paste becomes before it enters the box: at most the half MiB at each end that is read (a bigger paste only
// slows typing), and, when it holds many control characters, none of them. Chromium's own text layout slows down
// more than linearly with control characters (25,000 in a textarea take about 0.4 s, 100,000 almost three minutes).

import { maxInputLength } from '../matcher/diagnose.ts';

/** The reader looks at the first and last half of a paste over the matcher's limit (half a MiB each). */
const keptHalf = maxInputLength / 2;
/** More control characters than this and they are taken out; a few are kept as typed. */
const manyControls = 1000;

/** Control characters other than tabs and line breaks: terminal colours and titles (ESC sequences), NUL bytes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** ANSI escape sequences: CSI (colours, cursor), OSC with its terminator (titles, links) and two-character escapes. */
// eslint-disable-next-line no-control-regex -- as above
const escapeSequence = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/** A paste as the box keeps it, with how long it was and how many control characters it lost (0 when none). */
export function pasteForBox(text: string): { text: string; cutFrom: number; controls: number } {
  let kept = text;
  let cutFrom = 0;
  if (kept.length > 2 * keptHalf) {
    cutFrom = kept.length;
    kept = `${kept.slice(0, keptHalf)}\n[… ${kept.length - 2 * keptHalf} characters left out …]\n${kept.slice(-keptHalf)}`;
  }
  const controls = kept.match(control)?.length ?? 0;
  if (controls <= manyControls) return { text: kept, cutFrom, controls: 0 };
  return { text: kept.replace(escapeSequence, '').replace(control, ' '), cutFrom, controls };
}
