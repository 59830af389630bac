// Export builders: candidates + their scores → the flat contract (src/scoring/flatten.ts) plus the
// columns a re-import needs to restore them (id, shortlisted, added_at) and the export's provenance
// (weights used, time, app version). GeoJSON per RFC 7946; CSV with the same columns, one row a site.
//
// A file is written step by step as UTF-8 bytes (exportChunks into a ByteSink), never as one string:
// 100,000 sites are ~400 MB of GeoJSON, near V8's string limit. The bytes go into Blob parts as they
// are made. Each site is written straight from its values (no record object, no JSON.stringify of the
// whole collection; texts that repeat on every site, such as data sources, are encoded once); the
// file is byte-for-byte what JSON.stringify / Papa.unparse of the records made
// (test/unit/exportBytes.test.ts). A site whose own columns JavaScript would order differently
// (array-index-like names such as "2024", "__proto__", a clash with a renamed column) is written
// from a record object, as before.
import { CRITERION_IDS } from '../scoring/criteria';
import { CONTRACT_WIDTH, contractColumns, flattenScoredSite, flattenValues, hasStandardCriteria, type FlatRecord, type FlatValue, type ScoredSite } from '../scoring/flatten';
import { resolveWeights } from '../scoring/weights';
import type { ModelOptions } from '../scoring/model';
import { ByteSink, utf8 } from '../io/byteSink';
import { csvCell, csvEnd, csvHeader } from '../io/csvWrite';
import type { CellValue } from '../io/readRows';
import { round6 } from '../io/coordinate';
import type { Candidate } from './types';

export interface ExportMeta {
  exportedAt: string;
  appVersion: string;
  model: ModelOptions;
}

/** Columns GridScout writes (beyond the contract); an input column of the same name becomes input_<name>. */
export const META_COLUMNS = ['id', 'shortlisted', 'added_at', 'exported_at', 'app_version', 'lon', 'lat'] as const;
export const weightColumn = (id: string) => `weight_${id}`;

let reserved: Set<string> | null = null;
/** Every column an export writes itself; anything else in an export is the user's own. */
export function reservedColumns(): Set<string> {
  reserved ??= new Set([...contractColumns(), ...META_COLUMNS, ...CRITERION_IDS.map(weightColumn)]);
  return reserved;
}

/** The weights as entered for the active profile (defaults + the user's overrides), as % of their sum, 0.1 % steps. */
function weightPercents(model: ModelOptions): number[] {
  const w = resolveWeights(model.profile, model.weights);
  const total = CRITERION_IDS.reduce((s, id) => s + w[id], 0) || 1;
  return CRITERION_IDS.map((id) => Math.round((w[id] / total) * 1000) / 10);
}

/** One flat record: GridScout columns first, then the user's own columns (renamed on a clash). */
export function exportRecord(c: Candidate, scored: ScoredSite, meta: ExportMeta): FlatRecord {
  const out: FlatRecord = { id: c.id, ...flattenScoredSite({ ...scored, input: {} }) };
  out.shortlisted = c.starred;
  const w = weightPercents(meta.model);
  CRITERION_IDS.forEach((id, i) => (out[weightColumn(id)] = w[i]));
  out.added_at = c.addedAt;
  out.exported_at = meta.exportedAt;
  out.app_version = meta.appVersion;
  const taken = reservedColumns();
  for (const [k, v] of Object.entries(c.props)) out[taken.has(k) ? `input_${k}` : k] = v;
  return out;
}

// ---- The record as a row of slots: [id, ...contract, shortlisted, ...weights, added_at, exported_at, app_version, lon, lat]
// (the order of exportRecord's keys; lon/lat are CSV only).
const S_CONTRACT = 1;
const S_SHORTLISTED = S_CONTRACT + CONTRACT_WIDTH;
const S_WEIGHTS = S_SHORTLISTED + 1;
const S_ADDED = S_WEIGHTS + CRITERION_IDS.length;
const S_EXPORTED = S_ADDED + 1;
const S_VERSION = S_EXPORTED + 1;
const S_LON = S_VERSION + 1;
const S_LAT = S_LON + 1;
const SLOTS = S_LAT + 1;
/** Slots written as GeoJSON properties (all but lon/lat). */
const PROPERTY_SLOTS = S_LON;

let slotKeys: readonly string[] | null = null;
function recordKeys(): readonly string[] {
  slotKeys ??= ['id', ...contractColumns(), 'shortlisted', ...CRITERION_IDS.map(weightColumn), 'added_at', 'exported_at', 'app_version', 'lon', 'lat'];
  return slotKeys;
}

/** Slots whose text repeats across sites (units, sources, region, flags): their escaped text is cached. */
let repeatSlots: Uint8Array | null = null;
function repeatingSlots(): Uint8Array {
  if (!repeatSlots) {
    const keys = recordKeys();
    repeatSlots = Uint8Array.from(keys, (k) => (/_(unit|source)$|^(region_code|region_name|profile|missing|mining_restriction|flags)$/.test(k) ? 1 : 0));
  }
  return repeatSlots;
}

/**
 * True when a site's own columns land after ours in insertion order, as written: no name JavaScript
 * would order first (array indices: any name starting with a digit is treated as one), no
 * "__proto__", and no two columns that end up with the same name (x and input_x where x is ours).
 */
function plainProps(props: Record<string, CellValue>, taken: Set<string>): boolean {
  for (const k of Object.keys(props)) {
    const c = k.charCodeAt(0);
    if ((c >= 48 && c <= 57) || k === '__proto__') return false;
    if (taken.has(k)) {
      const renamed = `input_${k}`;
      if (taken.has(renamed) || Object.prototype.hasOwnProperty.call(props, renamed)) return false;
    }
  }
  return true;
}

/** Per-export state shared by both formats: the constant columns, caches and a reused slot row. */
class SiteValues {
  readonly values: FlatValue[] = new Array(SLOTS);
  readonly taken = reservedColumns();
  readonly repeat = repeatingSlots();
  private readonly weights: number[];

  constructor(readonly meta: ExportMeta) {
    this.weights = weightPercents(meta.model);
  }

  /** Fills the slot row for a site (standard criteria only). */
  fill(c: Candidate, scored: ScoredSite): FlatValue[] {
    const v = this.values;
    v[0] = c.id;
    flattenValues(scored, v, S_CONTRACT);
    v[S_SHORTLISTED] = c.starred;
    for (let i = 0; i < this.weights.length; i++) v[S_WEIGHTS + i] = this.weights[i];
    v[S_ADDED] = c.addedAt;
    v[S_EXPORTED] = this.meta.exportedAt;
    v[S_VERSION] = this.meta.appVersion;
    v[S_LON] = round6(c.lon);
    v[S_LAT] = round6(c.lat);
    return v;
  }

  /** Constant per export: the weights, exported_at, app_version. */
  static isConstant(slot: number): boolean {
    return (slot >= S_WEIGHTS && slot < S_ADDED) || slot === S_EXPORTED || slot === S_VERSION;
  }

  /** The value of a constant slot. */
  constantAt(slot: number): FlatValue {
    return slot === S_EXPORTED ? this.meta.exportedAt : slot === S_VERSION ? this.meta.appVersion : this.weights[slot - S_WEIGHTS];
  }
}

/** Writes one site (with its separator), and what goes before the first and after the last. */
interface FormatWriter {
  head(out: ByteSink): void;
  site(out: ByteSink, c: Candidate, scored: ScoredSite, index: number): void;
  tail(out: ByteSink, count: number): void;
}

const COMMA = 44;
const NEWLINE = 10;
const JSON_NULL = utf8('null');
const JSON_TRUE = utf8('true');
const JSON_FALSE = utf8('false');
const GEOJSON_HEAD = utf8('{"type":"FeatureCollection","features":[');
const GEOJSON_TAIL = utf8(']}');
const FEATURE_HEAD = utf8('{"type":"Feature","geometry":{"type":"Point","coordinates":[');
const FEATURE_PROPERTIES = utf8(']},"properties":{');
const FEATURE_END = utf8('}}');

/** A key as written, without and with the comma before it. */
type Key = readonly [plain: Uint8Array, afterComma: Uint8Array];
const jsonKey = (k: string): Key => [utf8(`${JSON.stringify(k)}:`), utf8(`,${JSON.stringify(k)}:`)];

/** True when JSON.stringify leaves a property with this value out. */
const leftOut = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** One value as JSON.stringify writes it inside an object (not one that is left out). */
function writeJson(out: ByteSink, v: unknown): void {
  if (typeof v === 'number') out.ascii(Number.isFinite(v) ? String(v) : 'null');
  else if (typeof v === 'string') out.text(JSON.stringify(v));
  else if (v === null) out.bytes(JSON_NULL);
  else if (typeof v === 'boolean') out.bytes(v ? JSON_TRUE : JSON_FALSE);
  else out.text(JSON.stringify(v));
}

/** A coordinate: a number, null if not finite. */
const coordinate = (x: number) => (Number.isFinite(x) ? String(x) : 'null');

class GeoJsonWriter implements FormatWriter {
  private readonly row: SiteValues;
  private readonly keys: Key[];
  /** Constant slots: '"key":value' without and with the comma (empty when JSON leaves the key out); null for the others. */
  private readonly constant: (Key | null)[];
  /** JSON bytes of repeating texts (sources, units, region). */
  private readonly cache = new Map<string, Uint8Array>();
  private readonly userKeys = new Map<string, Key>();

  constructor(private readonly meta: ExportMeta) {
    this.row = new SiteValues(meta);
    const names = recordKeys();
    this.keys = names.map(jsonKey);
    this.constant = names.map((name, slot) => {
      if (!SiteValues.isConstant(slot)) return null;
      const v = this.row.constantAt(slot);
      if (leftOut(v)) return [new Uint8Array(0), new Uint8Array(0)];
      const pair = `${JSON.stringify(name)}:${JSON.stringify(v)}`;
      return [utf8(pair), utf8(`,${pair}`)];
    });
  }

  head(out: ByteSink): void {
    out.bytes(GEOJSON_HEAD);
  }

  tail(out: ByteSink): void {
    out.bytes(GEOJSON_TAIL);
  }

  site(out: ByteSink, c: Candidate, scored: ScoredSite, index: number): void {
    if (index > 0) out.byte(COMMA);
    if (!hasStandardCriteria(scored) || !plainProps(c.props, this.row.taken)) {
      // Written from the record object, as JSON.stringify orders its keys.
      const geometry = `{"type":"Point","coordinates":[${coordinate(round6(c.lon))},${coordinate(round6(c.lat))}]}`;
      out.text(`{"type":"Feature","geometry":${geometry},"properties":${JSON.stringify(exportRecord(c, scored, this.meta))}}`);
      return;
    }
    const v = this.row.fill(c, scored);
    out.bytes(FEATURE_HEAD);
    out.ascii(coordinate(v[S_LON] as number));
    out.byte(COMMA);
    out.ascii(coordinate(v[S_LAT] as number));
    out.bytes(FEATURE_PROPERTIES);
    const repeat = this.row.repeat;
    let n = 0;
    for (let i = 0; i < PROPERTY_SLOTS; i++) {
      const k = this.constant[i];
      if (k !== null) {
        if (k[0].length) out.bytes(k[n++ ? 1 : 0]);
        continue;
      }
      const x = v[i];
      if (leftOut(x)) continue;
      out.bytes(this.keys[i][n++ ? 1 : 0]);
      if (repeat[i] && typeof x === 'string') {
        let json = this.cache.get(x);
        if (json === undefined) this.cache.set(x, (json = utf8(JSON.stringify(x))));
        out.bytes(json);
      } else writeJson(out, x);
    }
    const props = c.props;
    const taken = this.row.taken;
    for (const k of Object.keys(props)) {
      const x = props[k];
      if (leftOut(x)) continue;
      const json = typeof x === 'object' && x !== null ? (JSON.stringify(x) as string | undefined) : null;
      if (json === undefined) continue;
      const name = taken.has(k) ? `input_${k}` : k;
      let key = this.userKeys.get(name);
      if (key === undefined) this.userKeys.set(name, (key = jsonKey(name)));
      out.bytes(key[n++ ? 1 : 0]);
      if (json !== null) out.text(json);
      else writeJson(out, x);
    }
    out.bytes(FEATURE_END);
  }
}

const FIRST_CSV_COLUMNS = ['id', 'name', 'lon', 'lat'];

class CsvWriter implements FormatWriter {
  private readonly row: SiteValues;
  private readonly columns: string[] = [...FIRST_CSV_COLUMNS];
  private readonly seen = new Set<string>(FIRST_CSV_COLUMNS);
  private ourColumnsSeen = false;
  /** Per column: its slot, or -1 for a user's column. */
  private slotOf: Int32Array = new Int32Array(0);
  /** Per column: the cell's bytes when constant for the export; null otherwise. */
  private constant: (Uint8Array | null)[] = [];
  /** Per user column named input_x with x one of ours: x (the site's own column it came from). */
  private renamedFrom: (string | null)[] = [];
  /** Cell bytes of repeating texts (sources, units, region). */
  private readonly cache = new Map<string, Uint8Array>();

  constructor(private readonly meta: ExportMeta) {
    this.row = new SiteValues(meta);
  }

  private add(k: string): void {
    if (!this.seen.has(k)) (this.seen.add(k), this.columns.push(k));
  }

  /** First pass, over the candidates only (their own columns decide the header): columns in first-seen order. */
  scan(list: readonly Candidate[], from: number, to: number): void {
    const taken = this.row.taken;
    const ours = recordKeys();
    for (let i = from; i < to; i++) {
      const props = list[i].props;
      if (plainProps(props, taken)) {
        if (!this.ourColumnsSeen) for (let s = 0; s < PROPERTY_SLOTS; s++) this.add(ours[s]);
        for (const k of Object.keys(props)) this.add(taken.has(k) ? `input_${k}` : k);
      } else {
        // The keys of the record object, in the order JavaScript gives them.
        const o: Record<string, unknown> = {};
        for (let s = 0; s < PROPERTY_SLOTS; s++) o[ours[s]] = 0;
        for (const [k, v] of Object.entries(props)) o[taken.has(k) ? `input_${k}` : k] = v;
        o.lon = 0;
        o.lat = 0;
        for (const k of Object.keys(o)) this.add(k);
      }
      this.ourColumnsSeen = true;
    }
  }

  head(out: ByteSink): void {
    const slots = new Map(recordKeys().map((k, i) => [k, i]));
    this.slotOf = Int32Array.from(this.columns, (k) => slots.get(k) ?? -1);
    this.constant = Array.from(this.slotOf, (slot) => (slot >= 0 && SiteValues.isConstant(slot) ? utf8(csvCell(this.row.constantAt(slot))) : null));
    this.renamedFrom = this.columns.map((k, j) => (this.slotOf[j] < 0 && k.startsWith('input_') && this.row.taken.has(k.slice(6)) ? k.slice(6) : null));
    out.text(csvHeader(this.columns));
  }

  tail(out: ByteSink, count: number): void {
    out.text(csvEnd(count));
  }

  site(out: ByteSink, c: Candidate, scored: ScoredSite): void {
    if (!hasStandardCriteria(scored)) throw new Error('export: a site was scored without every criterion');
    const props = c.props;
    const own = (k: string) => Object.prototype.hasOwnProperty.call(props, k);
    const cols = this.columns;
    if (!plainProps(props, this.row.taken)) {
      const r: Record<string, FlatValue> = { ...exportRecord(c, scored, this.meta), lon: round6(c.lon), lat: round6(c.lat) };
      let s = '';
      for (let j = 0; j < cols.length; j++) s += (j ? ',' : '') + csvCell(Object.prototype.hasOwnProperty.call(r, cols[j]) ? r[cols[j]] : undefined);
      out.text(s);
      out.byte(NEWLINE);
      return;
    }
    const v = this.row.fill(c, scored);
    const repeat = this.row.repeat;
    for (let j = 0; j < cols.length; j++) {
      if (j) out.byte(COMMA);
      const slot = this.slotOf[j];
      let x: unknown;
      if (slot >= 0) {
        const k = this.constant[j];
        if (k !== null) {
          out.bytes(k);
          continue;
        }
        x = v[slot];
        if (repeat[slot] && typeof x === 'string') {
          let cell = this.cache.get(x);
          if (cell === undefined) this.cache.set(x, (cell = utf8(csvCell(x))));
          out.bytes(cell);
          continue;
        }
      } else {
        const from = this.renamedFrom[j];
        const k = from !== null && own(from) ? from : cols[j];
        if (!own(k)) continue;
        x = props[k];
      }
      if (typeof x === 'number') out.ascii(String(x));
      else if (x !== null && x !== undefined) out.text(csvCell(x as CellValue));
    }
    out.byte(NEWLINE);
  }
}

export type ExportFormat = 'geojson' | 'csv';

export interface ExportProgress {
  /** Sites written so far. */
  done: number;
  total: number;
}

/**
 * Writes the export file into `out` step by step: each step writes up to `sitesPerChunk` sites (the
 * CSV first reads every site's own columns, `scanPerChunk` sites a step, to write its header) and
 * yields how far it got. Take the bytes out of `out` (and reset it) between steps as you like: in
 * order, they are the whole file. `score` is called once per site, in order, as its step writes it,
 * so the full scores of all sites are never held at once.
 */
export function* exportChunks(
  format: ExportFormat,
  list: readonly Candidate[],
  score: (c: Candidate, index: number) => ScoredSite,
  meta: ExportMeta,
  out: ByteSink,
  { sitesPerChunk = 32, scanPerChunk = 20_000 }: { sitesPerChunk?: number; scanPerChunk?: number } = {},
): Generator<ExportProgress, void, undefined> {
  const total = list.length;
  let writer: FormatWriter;
  if (format === 'csv') {
    const csv = new CsvWriter(meta);
    for (let i = 0; i < total; i += scanPerChunk) {
      csv.scan(list, i, Math.min(total, i + scanPerChunk));
      if (i + scanPerChunk < total) yield { done: 0, total };
    }
    writer = csv;
  } else writer = new GeoJsonWriter(meta);
  writer.head(out);
  let i = 0;
  do {
    const end = Math.min(total, i + sitesPerChunk);
    for (; i < end; i++) writer.site(out, list[i], score(list[i], i), i);
    if (i === total) writer.tail(out, total);
    yield { done: i, total };
  } while (i < total);
}

export interface ExportItem {
  candidate: Candidate;
  scored: ScoredSite;
}

/** The whole file's bytes, from sites already scored (CLI-sized lists, tests, the bench). */
export function exportBytes(format: ExportFormat, items: readonly ExportItem[], meta: ExportMeta): Uint8Array {
  // Piece by piece, then one copy into a buffer of the final size (a buffer doubling as it grows
  // took twice as long at 10,000 sites).
  const out = new ByteSink(1 << 20);
  const pieces: Uint8Array[] = [];
  let length = 0;
  for (const _ of exportChunks(format, items.map((it) => it.candidate), (_c, i) => items[i].scored, meta, out, { sitesPerChunk: 200 })) {
    pieces.push(out.view().slice());
    length += out.length;
    out.reset();
  }
  const file = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) (file.set(p, at), (at += p.length));
  return file;
}

/** The whole file as one string (a lone surrogate in a CSV text cell comes back as U+FFFD, as in the file). */
export function exportText(format: ExportFormat, items: readonly ExportItem[], meta: ExportMeta): string {
  return new TextDecoder().decode(exportBytes(format, items, meta));
}

export function exportGeoJson(items: readonly ExportItem[], meta: ExportMeta): string {
  return exportText('geojson', items, meta);
}

export function exportCsv(items: readonly ExportItem[], meta: ExportMeta): string {
  return exportText('csv', items, meta);
}

/** gridscout-shortlist-2026-11-24.geojson (local date). */
export function exportFileName(kind: 'shortlist' | 'all' | 'compare' | 'rejected' | 'selection', ext: 'geojson' | 'csv', date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `gridscout-${kind}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${ext}`;
}
