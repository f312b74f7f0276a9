// Renders card SVGs to PNG with resvg's WebAssembly build, at build time only; the wasm starts once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { fontWidths, type Measure } from './metrics.ts';

// Resolved from the project folder: the built chunk that runs this lives elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));

const state = globalThis as typeof globalThis & { __ogWasm?: Promise<void>; __ogFonts?: Uint8Array[] };

function fonts(): Uint8Array[] {
  state.__ogFonts ??= ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
    (file) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))),
  );
  return state.__ogFonts;
}

/** Measures text as DejaVu Sans (regular or bold) will set it. */
export function dejaVuMeasure(): Measure {
  const [regular, bold] = fonts().map(fontWidths) as [ReturnType<typeof fontWidths>, ReturnType<typeof fontWidths>];
  return (text, size, isBold) => (isBold ? bold : regular)(text, size);
}

/** Renders SVG markup to PNG bytes at the SVG's own size. */
export async function renderPng(svg: string): Promise<Uint8Array> {
  state.__ogWasm ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await state.__ogWasm;
  const resvg = new Resvg(svg, {
    font: { fontBuffers: fonts(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
