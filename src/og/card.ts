// Composes a 1200×630 link-preview card as an SVG string; render.ts turns it into a PNG at build time.
import { roughMeasure, type Measure } from './metrics.ts';

/** What a card says, top to bottom. */
export interface Card {
  /** The file name under /og/, without .png. */
  id: string;
  /** A small label over the title, e.g. the variant's group. */
  kicker: string;
  title: string;
  /** The verbatim message (shown in quotes, in a box) or, when there is none, a line of summary. */
  quote?: string | undefined;
  summary?: string | undefined;
  /** "Who can fix it" and the colour of its badge. */
  actor?: { label: string; colour: string } | undefined;
  /** Top-right line, e.g. the page's path. */
  footer: string;
}

const cardSize = { width: 1200, height: 630 } as const;

/** The site's dark palette, so previews look the same as the site at night and stand out in a light chat app. */
const cardColours = {
  page: '#111318',
  surface: '#1b1e25',
  ink: '#e8eaee',
  muted: '#aab2bf',
  line: '#343a46',
  accent: '#8fb1ff',
  stop: '#ff8a80',
} as const;

/** Escapes text for SVG content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);
}

/** Greedy word wrap by measured width; when the text does not fit in `maxLines`, the last line ends with an ellipsis. */
export function wrapText(text: string, width: (line: string) => number, maxWidth: number, maxLines: number): string[] {
  const fits = (line: string) => width(line) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  let overflow = false;
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (!fits(word) && word.length > 1) word = `${word.slice(0, -2)}…`;
    const next = current ? `${current} ${word}` : word;
    if (fits(next)) {
      current = next;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      overflow = true;
      break;
    }
  }
  if (!overflow && current) lines.push(current);
  if (overflow) {
    let last = lines[maxLines - 1] ?? '';
    while (last.includes(' ') && !fits(`${last}…`)) last = last.slice(0, last.lastIndexOf(' ')).trimEnd();
    lines[maxLines - 1] = `${last.replace(/[,.;:]$/, '')}…`;
  }
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, fill: string, weight: 'normal' | 'bold'): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${y + index * lineHeight}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The card as SVG markup; all text escaped, fonts named "DejaVu Sans". */
export function cardSvg(card: Card, measure: Measure = roughMeasure): string {
  const { width, height } = cardSize;
  const c = cardColours;
  const margin = 72;
  const inner = width - 2 * margin;
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="${c.page}"/>`);
  parts.push(`<rect width="${width}" height="12" fill="${c.accent}"/>`);
  // The site's mark: a no-entry sign, drawn so it does not depend on an emoji font.
  parts.push(
    `<circle cx="${margin + 18}" cy="78" r="18" fill="${c.stop}"/><rect x="${margin + 6}" y="74" width="24" height="8" rx="2" fill="${c.page}"/>`,
  );
  parts.push(`<text x="${margin + 48}" y="88" font-size="30" font-weight="bold" fill="${c.ink}">LLM request rejected</text>`);
  const brandEnd = margin + 48 + measure('LLM request rejected', 30, true);
  const footer = wrapText(card.footer, (line) => measure(line, 24, false), width - margin - brandEnd - 40, 1)[0] ?? '';
  parts.push(`<text x="${width - margin}" y="87" font-size="24" fill="${c.muted}" text-anchor="end">${escapeXml(footer)}</text>`);
  parts.push(`<text x="${margin}" y="160" font-size="26" font-weight="bold" fill="${c.accent}">${escapeXml(card.kicker.toUpperCase())}</text>`);

  const titleLines = wrapText(card.title, (line) => measure(line, 60, true), inner, 2);
  parts.push(textLines(titleLines, margin, 232, 60, 70, '#ffffff', 'bold'));
  const y = 232 + (titleLines.length - 1) * 70 + 40;

  if (card.quote) {
    const quoteLines = wrapText(`“${card.quote}”`, (line) => measure(line, 28, false), inner - 56, 4);
    const boxHeight = quoteLines.length * 40 + 36;
    parts.push(
      `<rect x="${margin}" y="${y}" width="${inner}" height="${boxHeight}" rx="14" fill="${c.surface}" stroke="${c.line}" stroke-width="2"/>`,
    );
    parts.push(`<rect x="${margin}" y="${y}" width="8" height="${boxHeight}" rx="4" fill="${c.stop}"/>`);
    parts.push(textLines(quoteLines, margin + 32, y + 46, 28, 40, c.ink, 'normal'));
  } else if (card.summary) {
    parts.push(
      textLines(
        wrapText(card.summary, (line) => measure(line, 30, false), inner, 4),
        margin,
        y + 36,
        30,
        42,
        c.muted,
        'normal',
      ),
    );
  }

  const baseline = height - 56;
  if (card.actor) {
    const label = 'Who can fix it:';
    parts.push(`<text x="${margin}" y="${baseline}" font-size="28" fill="${c.muted}">${label}</text>`);
    const pillX = margin + Math.ceil(measure(label, 28, false)) + 16;
    const pillWidth = Math.ceil(measure(card.actor.label, 28, true)) + 40;
    parts.push(
      `<rect x="${pillX}" y="${baseline - 38}" width="${pillWidth}" height="52" rx="26" fill="none" stroke="${card.actor.colour}" stroke-width="3"/>`,
    );
    parts.push(
      `<text x="${pillX + 20}" y="${baseline}" font-size="28" font-weight="bold" fill="${card.actor.colour}">${escapeXml(card.actor.label)}</text>`,
    );
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">${parts.join('')}</svg>`;
}
