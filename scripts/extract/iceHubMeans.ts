// Yearly means of EIA's daily ICE bilateral on-peak prices, per ICE product. Development-time only:
// scripts/extract/prices.ts reads the raw EIA files in ../shared and calls these functions; the app
// and its tests never read ../shared (the tests feed small made-up rows).
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';

/** One traded day of one ICE product, as EIA publishes it. */
export interface IceDay {
  product: string;
  /** Delivery start date, ISO yyyy-mm-dd. */
  delivery: string;
  /** "Wtd avg price $/MWh": the day's volume-weighted trade price. */
  wtdAvgUsdPerMwh: number;
  /** "Daily volume MWh". */
  volumeMwh: number;
}

export interface IceYearMean {
  product: string;
  days: number;
  /** Arithmetic mean of the daily weighted averages (each traded day counts once). */
  meanUsdPerMwh: number;
  /** The same days weighted by traded volume. */
  volumeWeightedUsdPerMwh: number;
  firstDelivery: string;
  lastDelivery: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Means per product; products are returned in name order so the output is deterministic. */
export function yearlyMeans(days: readonly IceDay[]): IceYearMean[] {
  const byProduct = new Map<string, IceDay[]>();
  for (const d of days) {
    if (!Number.isFinite(d.wtdAvgUsdPerMwh)) continue; // a day with no price is a missing day, not 0
    const list = byProduct.get(d.product) ?? [];
    list.push(d);
    byProduct.set(d.product, list);
  }
  return [...byProduct.keys()].sort().map((product) => {
    const list = byProduct.get(product)!;
    const sum = list.reduce((s, d) => s + d.wtdAvgUsdPerMwh, 0);
    const weighted = list.filter((d) => Number.isFinite(d.volumeMwh) && d.volumeMwh > 0);
    const volume = weighted.reduce((s, d) => s + d.volumeMwh, 0);
    const dates = list.map((d) => d.delivery).sort();
    return {
      product,
      days: list.length,
      meanUsdPerMwh: round2(sum / list.length),
      volumeWeightedUsdPerMwh: round2(weighted.reduce((s, d) => s + d.wtdAvgUsdPerMwh * d.volumeMwh, 0) / volume),
      firstDelivery: dates[0],
      lastDelivery: dates[dates.length - 1],
    };
  });
}

/** "1,600" or " 2,400 " → 1600; blank → NaN. */
export function parseAmount(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  const s = String(cell ?? '').replace(/,/g, '').trim();
  return s === '' ? NaN : Number(s);
}

/** Excel serial day (1900 date system) or "m/d/yy" text → yyyy-mm-dd. */
export function isoDate(cell: unknown): string {
  if (typeof cell === 'number') {
    const ms = Date.UTC(1899, 11, 30) + cell * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(String(cell).trim());
  if (!m) throw new Error(`unreadable date "${String(cell)}"`);
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return `${year}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/** Rows of an EIA ICE sheet (header row first) → traded days; blank trailing rows are skipped. */
export function iceDays(rows: readonly unknown[][]): IceDay[] {
  const header = rows[0].map((h) => String(h).replace(/\s+/g, ' ').replace(/^\uFEFF/, '').trim());
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`ICE file has no column "${name}" (has: ${header.join(' | ')})`);
    return i;
  };
  const [product, delivery, price, volume] = ['Price hub', 'Delivery start date', 'Wtd avg price $/MWh', 'Daily volume MWh'].map(col);
  return rows.slice(1)
    .filter((r) => String(r[product] ?? '').trim() !== '')
    .map((r) => ({
      product: String(r[product]).trim(),
      delivery: isoDate(r[delivery]),
      wtdAvgUsdPerMwh: parseAmount(r[price]),
      volumeMwh: parseAmount(r[volume]),
    }));
}

/** Reads one EIA ICE daily file (.xlsx: first sheet; .csv: as published). */
export function readIceFile(path: string): IceDay[] {
  if (path.endsWith('.xlsx')) {
    const book = XLSX.read(readFileSync(path));
    const sheet = book.Sheets[book.SheetNames[0]];
    return iceDays(XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '' }));
  }
  const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: 'greedy' });
  return iceDays(parsed.data);
}
