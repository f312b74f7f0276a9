// Advance widths read from a TrueType font's cmap and hmtx tables, so card text wraps where the renderer will need it to.

/** Width of `text` at `size` pixels, in pixels. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A rough measure for when no font is at hand (tests): wider than DejaVu Sans on average, so text never overflows. */
export const roughMeasure: Measure = (text, size, bold) => text.length * size * (bold ? 0.66 : 0.6);

/** Reads a font's advance widths; characters outside its basic cmap get the width of its missing-glyph box. */
export function fontWidths(buffer: Uint8Array): (text: string, size: number) => number {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...buffer.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metricCount = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1));

  const cmap = table('cmap');
  let format4 = -1;
  for (let index = 0; index < view.getUint16(cmap + 2); index++) {
    const record = cmap + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap + view.getUint32(record + 4);
    if (view.getUint16(subtable) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = subtable;
  }
  if (format4 < 0) throw new Error('font has no format 4 cmap');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const glyphOf = (code: number): number => {
    for (let segment = 0; segment < segments; segment++) {
      if (view.getUint16(ends + segment * 2) < code) continue;
      const start = view.getUint16(starts + segment * 2);
      if (start > code) return 0;
      const delta = view.getUint16(deltas + segment * 2);
      const rangeAt = rangeOffsets + segment * 2;
      const range = view.getUint16(rangeAt);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeAt + range + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };

  const cache = new Map<string, number>();
  const unitsOf = (char: string): number => {
    let units = cache.get(char);
    if (units === undefined) {
      units = advance(glyphOf(char.codePointAt(0) ?? 0));
      cache.set(char, units);
    }
    return units;
  };
  return (text, size) => {
    let units = 0;
    for (const char of text) units += unitsOf(char);
    return (units / unitsPerEm) * size;
  };
}
