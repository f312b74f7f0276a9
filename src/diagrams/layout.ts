// Lays a diagram out as boxes, text lines and arrows in SVG user units, for a wide or a narrow screen.
import type { DiagramData, Tone } from './model.ts';

export type Orientation = 'wide' | 'narrow';

interface TextLine {
  text: string;
  x: number;
  y: number;
  kind: 'kicker' | 'title' | 'detail';
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  lines: TextLine[];
}

interface Arrow {
  /** The shaft, as x1 y1 x2 y2. */
  from: [number, number];
  to: [number, number];
  /** The head, as polygon points. */
  head: string;
}

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
  /** Frames grouping each chain on a narrow screen, so one chain does not seem to run into the next. */
  frames: { x: number; y: number; width: number; height: number }[];
}

/** Font sizes and line heights per kind of line; widths are estimated, since SVG text does not wrap itself. */
const type = {
  kicker: { size: 12, line: 16, em: 0.6 },
  title: { size: 16, line: 20, em: 0.62 },
  detail: { size: 13, line: 17, em: 0.56 },
} as const;

/** Breaks text into lines of at most `maxChars` characters, at spaces where it can. */
export function wrap(text: string, maxChars: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > limit) {
      if (current) lines.push(current);
      current = '';
      lines.push(rest.slice(0, limit - 1) + '-');
      rest = rest.slice(limit - 1);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= limit) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}

const pad = 12;
const outer = 8;

function boxLines(node: DiagramData['chains'][number]['nodes'][number], width: number): { lines: Omit<TextLine, 'x'>[]; height: number } {
  const inner = width - 2 * pad;
  const lines: Omit<TextLine, 'x'>[] = [];
  let y = pad;
  const add = (text: string, kind: TextLine['kind']) => {
    for (const line of wrap(text, inner / (type[kind].size * type[kind].em))) {
      y += type[kind].line;
      lines.push({ text: line, y: y - (type[kind].line - type[kind].size) / 2 - 2, kind });
    }
  };
  add(node.kicker, 'kicker');
  add(node.title, 'title');
  if (node.detail) add(node.detail, 'detail');
  return { lines, height: y + pad };
}

function arrowHead(tip: [number, number], direction: 'right' | 'down'): string {
  const [x, y] = tip;
  const size = 7;
  return direction === 'right'
    ? `${x},${y} ${x - size},${y - size * 0.7} ${x - size},${y + size * 0.7}`
    : `${x},${y} ${x - size * 0.7},${y - size} ${x + size * 0.7},${y - size}`;
}

/** Wide: one row per chain, boxes left to right. Narrow: every box full width, chains one under another. */
export function layoutDiagram(diagram: DiagramData, orientation: Orientation): Layout {
  const boxes: Box[] = [];
  const arrows: Arrow[] = [];
  const frames: Layout['frames'] = [];
  if (orientation === 'wide') {
    const width = 960;
    const gap = 40;
    let y = outer;
    for (const chain of diagram.chains) {
      const count = chain.nodes.length;
      const boxWidth = (width - 2 * outer - (count - 1) * gap) / count;
      const laid = chain.nodes.map((node) => boxLines(node, boxWidth));
      const height = Math.max(...laid.map((entry) => entry.height));
      chain.nodes.forEach((node, index) => {
        const x = outer + index * (boxWidth + gap);
        boxes.push({
          x,
          y,
          width: boxWidth,
          height,
          tone: node.tone,
          lines: laid[index]!.lines.map((line) => ({ ...line, x: x + pad, y: y + line.y })),
        });
        if (index > 0) {
          const mid = y + height / 2;
          const tip: [number, number] = [x - 4, mid];
          arrows.push({ from: [x - gap + 4, mid], to: [tip[0] - 6, mid], head: arrowHead(tip, 'right') });
        }
      });
      y += height + 24;
    }
    return { width, height: y - 24 + outer, boxes, arrows, frames };
  }
  const width = 360;
  const gap = 28;
  const frameGap = 20;
  const framePad = diagram.chains.length > 1 ? 8 : 0;
  const boxWidth = width - 2 * outer - 2 * framePad;
  let y = outer;
  for (const chain of diagram.chains) {
    const top = y;
    y += framePad;
    chain.nodes.forEach((node, index) => {
      const laid = boxLines(node, boxWidth);
      const x = outer + framePad;
      if (index > 0) {
        const centre = width / 2;
        const tip: [number, number] = [centre, y - 4];
        arrows.push({ from: [centre, y - gap + 4], to: [centre, tip[1] - 6], head: arrowHead(tip, 'down') });
      }
      boxes.push({
        x,
        y,
        width: boxWidth,
        height: laid.height,
        tone: node.tone,
        lines: laid.lines.map((line) => ({ ...line, x: x + pad, y: y + line.y })),
      });
      y += laid.height + gap;
    });
    y += framePad - gap;
    if (framePad) frames.push({ x: outer, y: top, width: width - 2 * outer, height: y - top });
    y += frameGap;
  }
  return { width, height: y - frameGap + outer, boxes, arrows, frames };
}

/** The diagram in words: one item per chain, then the notes, in the order the picture reads. */
export function diagramInWords(diagram: DiagramData): { steps: string[]; notes: string[] } {
  return { steps: diagram.chains.map((chain) => chain.says), notes: [...diagram.notes] };
}
