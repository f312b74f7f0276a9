// Geometry for the balance-over-a-month chart: numbers in, coordinates and labels out; the element draws them.
import type { MonthResult } from './arithmetic.ts';
import { formatMoney, plural } from './format.ts';

export interface ChartInput {
  startBalance: number;
  workingDays: number;
  /** The auto-reload threshold, drawn as a dashed line when there is a reload. */
  threshold?: number | undefined;
  month: MonthResult;
  /** Width in SVG units; the page passes the drawn width so labels keep their size on a phone. */
  width?: number;
}

interface Tick {
  at: number;
  label: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The balance line, as SVG polyline points. */
  line: string;
  /** Where reloads happen, each with a label for its tooltip title. */
  reloads: { x: number; y: number; label: string }[];
  /** The threshold line's height, when there is one. */
  thresholdY?: number;
  /** Where the balance hits zero, when it does. */
  emptyAt?: { x: number; y: number };
  /** When reloads were too many to draw one by one: the stretch the line leaves out, as a shaded band. */
  band?: { x: number; y: number; width: number; height: number };
  xTicks: Tick[];
  yTicks: Tick[];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough - 1e-9) ?? 10;
  return step * power;
}

const size = { width: 640, height: 260, left: 64, right: 16, top: 16, bottom: 40, minWidth: 300 };

/** Lays out the chart: balance against working days, reloads marked, y from zero to a round top. */
export function chartGeometry(input: ChartInput): ChartGeometry {
  const { month } = input;
  const days = Math.max(1, input.workingDays);
  const peaks = [input.startBalance, month.endBalance, input.threshold ?? 0, ...month.reloads.map((event) => event.after)];
  const step = niceStep(Math.max(...peaks, 1) / 4);
  const top = Math.max(step, Math.ceil(Math.max(...peaks, 1) / step - 1e-9) * step);
  const width = Math.max(size.minWidth, Math.round(input.width ?? size.width));
  const plot = { left: size.left, top: size.top, right: width - size.right, bottom: size.height - size.bottom };
  const x = (day: number) => plot.left + (Math.min(Math.max(day, 0), days) / days) * (plot.right - plot.left);
  const y = (balance: number) => plot.bottom - (Math.max(balance, 0) / top) * (plot.bottom - plot.top);
  const round = (value: number) => Math.round(value * 10) / 10;

  const vertices: [number, number][] = [[0, input.startBalance]];
  for (const event of month.reloads) vertices.push([event.day, event.before], [event.day, event.after]);
  const geometry: ChartGeometry = {
    width,
    height: size.height,
    plot,
    line: '',
    reloads: month.reloads.map((event) => ({
      x: round(x(event.day)),
      y: round(y(event.after)),
      label: `${event.day === 0 ? 'Reload at the start' : `Reload after ${plural(event.day, 'working day')}`}: ${formatMoney(event.before)} to ${formatMoney(event.after)}`,
    })),
    xTicks: [],
    yTicks: [],
  };
  if (month.truncated) {
    const last = month.reloads.at(-1);
    const from = last ? last.day : 0;
    const low = input.threshold ?? 0;
    const high = last ? last.after : low;
    geometry.band = { x: round(x(from)), y: round(y(high)), width: round(x(days) - x(from)), height: round(y(low) - y(high)) };
  } else if (month.runsOutOn !== null) {
    vertices.push([month.runsOutOn, 0], [days, 0]);
    geometry.emptyAt = { x: round(x(month.runsOutOn)), y: round(y(0)) };
  } else {
    vertices.push([days, month.endBalance]);
  }
  geometry.line = vertices.map(([day, balance]) => `${round(x(day))},${round(y(balance))}`).join(' ');
  if (input.threshold !== undefined && month.reloads.length > 0) geometry.thresholdY = round(y(input.threshold));
  const dayStep = days <= 10 ? 1 : 5;
  for (let day = 0; day <= days; day += dayStep) geometry.xTicks.push({ at: round(x(day)), label: String(day) });
  // The last day gets its own tick unless it would crowd the one before.
  if (days % dayStep >= 3) geometry.xTicks.push({ at: round(x(days)), label: String(days) });
  for (let value = 0; value <= top + 1e-9; value += step) geometry.yTicks.push({ at: round(y(value)), label: formatMoney(value) });
  return geometry;
}
