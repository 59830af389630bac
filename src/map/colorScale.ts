// Classed colour scales. Palettes are ColorBrewer / viridis sequences, which stay distinguishable
// for the common colour-vision deficiencies; diverging only where the midpoint means something.

export const PALETTES = {
  /** Sequential, light → dark red: prices (higher = costlier). */
  ylOrRd: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026', '#800026'],
  /** Sequential, light → dark brown: carbon intensity. */
  ylOrBr: ['#ffffd4', '#fee391', '#fec44f', '#fe9929', '#ec7014', '#cc4c02', '#8c2d04'],
  /** Sequential, light → dark purple-blue: land value. */
  puBu: ['#f1eef6', '#d0d1e6', '#a6bddb', '#74a9cf', '#3690c0', '#0570b0', '#034e7b'],
  /** Sequential viridis (dark = low): latency, degree days. */
  viridis: ['#fde725', '#a0da39', '#4ac16d', '#1fa187', '#277f8e', '#365c8d', '#46327e', '#440154'],
  /** Diverging blue ↔ red around a meaningful midpoint (0 °C). */
  rdBu: ['#2166ac', '#4393c3', '#92c5de', '#d1e5f0', '#fddbc7', '#f4a582', '#d6604d', '#b2182b'],
} as const;

export const NO_DATA_COLOR = '#d4d4d4';

export interface ClassedScale {
  /** Upper-exclusive class breaks; colors.length === breaks.length + 1. */
  breaks: readonly number[];
  colors: readonly string[];
}

export function classIndex(scale: ClassedScale, value: number): number {
  let i = 0;
  while (i < scale.breaks.length && value >= scale.breaks[i]) i++;
  return i;
}

export function colorFor(scale: ClassedScale, value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NO_DATA_COLOR : scale.colors[classIndex(scale, value)];
}

/** Legend labels for each class, e.g. "< 50", "50–70", "≥ 180". */
export function classLabels(scale: ClassedScale, fmt: (n: number) => string = String): string[] {
  const b = scale.breaks;
  return scale.colors.map((_, i) => (i === 0 ? `< ${fmt(b[0])}` : i === b.length ? `≥ ${fmt(b[i - 1])}` : `${fmt(b[i - 1])}–${fmt(b[i])}`));
}

/** A MapLibre `step` expression over a numeric input expression. */
export function stepExpression(input: unknown, scale: ClassedScale): unknown[] {
  const expr: unknown[] = ['step', input, scale.colors[0]];
  scale.breaks.forEach((b, i) => expr.push(b, scale.colors[i + 1]));
  return expr;
}

/** Parses '#rrggbb' into [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
